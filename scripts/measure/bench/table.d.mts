/** What a table cell shows when a figure does not apply (a page without scripts has no filter click). */
export declare const NONE: string;
/** "840 ms" below a second, "1.25 s" or "20 s" below a minute, "95 s" from there. */
export declare function duration(ms: number | undefined): string;
/** "12.3 KB", "4.5 MB". */
export declare function bytes(size: number | undefined): string;
export declare function count(value: number | undefined): string;
/**
 * Median and p95 (nearest rank) of timed clicks, where each timed-out click counts as longer
 * than any: "154 (180) ms"; "154 (> 20 s) ms, 1 of 10 timed out"; "> 20 s (3 of 4 timed out,
 * 6 not tried)" when the series ran out of time before `planned` clicks.
 */
export declare function clickSummary(samples: readonly number[], timedOut: number, capMs: number, planned?: number): string;
/** A Markdown table: `columns` are [heading, key] pairs; a row's missing key shows as "—". */
export declare function markdownTable(columns: readonly (readonly [string, string])[], rows: readonly Record<string, string | undefined>[]): string;
