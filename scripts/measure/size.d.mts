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
  /** The wall's inline scripts, named by their place in dist/index.html. */
  inlineJs: SizeEntry[];
  css: SizeEntry[];
  lazyJs: SizeEntry[];
  totals: { initialJs: SizeTotal; inlineJs: SizeTotal; css: SizeTotal; lazyJs: SizeTotal };
  budgets: { initialJs: number; inlineJs: number; css: number };
}
/** Budgets in gzip bytes. */
export declare const BUDGETS: { readonly initialJs: number; readonly inlineJs: number; readonly css: number };
/** Local files (relative to dist/) that an HTML page loads as JS up front. */
export declare function initialScripts(html: string): string[];
/** The inline scripts of an HTML page (no src), each as its text. */
export declare function inlineScripts(html: string): string[];
/** Measures dist/. Throws "run npm run build first" when there is no build. */
export declare function measure(distDir?: string): SizeReport;
/** What is over budget, as sentences; empty when all is within. */
export declare function overBudget(report: SizeReport): string[];
/** A small table of the figures. */
export declare function formatReport(report: SizeReport): string;
