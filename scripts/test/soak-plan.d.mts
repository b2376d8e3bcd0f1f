export interface SoakOptions {
  runs: number;
  busy: boolean;
  /** False with --no-build: dist/ is used as it is. */
  build: boolean;
  projects: string[];
  /** Vitest's -t: only the tests whose names match. */
  testNamePattern: string | undefined;
  files: string[];
}
export function parseSoakArgs(argv: string[]): SoakOptions | { error: string; help?: boolean };
export function needsBuild(options: Pick<SoakOptions, 'projects' | 'files'> & { build?: boolean }): boolean;
export function vitestArgs(options: Pick<SoakOptions, 'projects' | 'testNamePattern' | 'files'>, outputFile: string): string[];
export function firstLine(message: unknown, width?: number): string;

export interface SoakRun {
  /** Vitest's JSON report, or null when the run wrote none. */
  report: {
    testResults?: {
      name: string;
      status?: string;
      message?: string;
      assertionResults?: { fullName?: string; title: string; status: string; failureMessages?: string[] }[];
    }[];
  } | null;
  exitCode: number;
  seconds: number;
  log: string;
}
export interface SoakTally {
  runs: number;
  tests: number;
  failures: number;
  failedRuns: number;
  seconds: number;
  failed: { test: string; count: number; first: string }[];
}
export function tally(runs: SoakRun[], root?: string): SoakTally;
export function formatTally(result: SoakTally): string;
export function formatSeconds(seconds: number): string;
