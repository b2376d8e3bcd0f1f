// How `npm run bench` writes its figures: summaries of timed clicks and the Markdown table.

/** What a table cell shows when a figure does not apply (a page without scripts has no filter click). */
export const NONE = '—';

const grouped = (value) => Math.round(value).toLocaleString('en-US');

/** "840 ms" below a second, "1.25 s" or "20 s" below a minute, "95 s" from there. */
export function duration(ms) {
  if (ms === undefined || !Number.isFinite(ms)) return NONE;
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Number((ms / 1_000).toFixed(2))} s`;
  return `${Math.round(ms / 1_000)} s`;
}

/** "12.3 KB", "4.5 MB". */
export function bytes(size) {
  if (size === undefined) return NONE;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

export const count = (value) => (value === undefined ? NONE : grouped(value));

/** The nearest-rank percentile `p` (0–1) of sorted `values`. */
function rank(sorted, p) {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/**
 * Median and p95 (nearest rank) of timed clicks, where each timed-out click counts as longer
 * than any: "154 (180) ms"; "154 (> 20 s) ms, 1 of 10 timed out"; "> 20 s (3 of 4 timed out,
 * 6 not tried)" when the series ran out of time before `planned` clicks.
 * @param {number[]} samples milliseconds of the clicks that ended
 * @param {number} timedOut how many clicks did not end within `capMs`
 * @param {number} capMs
 * @param {number} [planned] how many clicks the series was to have
 */
export function clickSummary(samples, timedOut, capMs, planned = samples.length + timedOut) {
  const all = [...samples].sort((a, b) => a - b).concat(Array.from({ length: timedOut }, () => Infinity));
  if (all.length === 0) return planned > 0 ? `none tried of ${planned}` : NONE;
  const over = `> ${duration(capMs)}`;
  const [median, p95] = [rank(all, 0.5), rank(all, 0.95)];
  const notes = [timedOut > 0 && `${timedOut} of ${all.length} timed out`, planned > all.length && `${planned - all.length} not tried`].filter(Boolean).join(', ');
  if (!Number.isFinite(median)) return `${over} (${notes})`;
  const text = `${grouped(median)} (${Number.isFinite(p95) ? grouped(p95) : over}) ms`;
  return notes ? `${text}, ${notes}` : text;
}

/**
 * A Markdown table: `columns` are [heading, key] pairs, `rows` objects with a string at each key
 * (a missing one shows as "—").
 * @param {[string, string][]} columns
 * @param {Record<string, string | undefined>[]} rows
 */
export function markdownTable(columns, rows) {
  const line = (cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [
    line(columns.map(([heading]) => heading)),
    line(columns.map(() => '---')),
    ...rows.map((row) => line(columns.map(([, key]) => row[key] ?? NONE))),
  ].join('\n');
}
