export interface SizeEntry {
  /** Relative to dist/, e.g. "assets/index-abc123.js". */
  file: string;
  raw: number;
  gzip: number;
}
export interface SizeTotal {
  raw: number;
  gzip: number;
}
export interface SizeReport {
  initialJs: SizeEntry[];
  css: SizeEntry[];
  lazyJs: SizeEntry[];
  totals: { initialJs: SizeTotal; css: SizeTotal; lazyJs: SizeTotal };
  budgets: { initialJs: number; css: number };
}
/** Budgets in gzip bytes. */
export declare const BUDGETS: { readonly initialJs: number; readonly css: number };
/** Local files (relative to dist/) that an HTML page loads as JS up front. */
export declare function initialScripts(html: string): string[];
/** Measures dist/. Throws "run npm run build first" when there is no build. */
export declare function measure(distDir?: string): SizeReport;
/** What is over budget, as sentences; empty when all is within. */
export declare function overBudget(report: SizeReport): string[];
/** A small table of the figures. */
export declare function formatReport(report: SizeReport): string;
