/**
 * The import's report, as text (pure): one line per file (added as moment N with its people,
 * and what it still needs; skipped and why; failed and why), then the totals and what the
 * editor must still write.
 */
import type { ImportResult } from './draft.ts';

export interface Failure {
  file: string;
  reason: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const list = (items: string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The summary's lines; `written` is the catalogue's name when it was written, undefined when it was left as it was. */
export function summaryLines(result: ImportResult, failures: Failure[], written: string | undefined): string[] {
  const out: string[] = [];
  for (const line of result.lines) {
    if (line.kind === 'skipped') {
      out.push(`  ${line.file}: skipped, ${line.why}`);
      continue;
    }
    const people = line.people.map((person) => (person.isNew ? `${person.name} (new)` : person.name));
    const needs = line.needs.filter((need) => need !== 'people');
    out.push(
      [
        `  ${line.file}: added as moment ${line.number} "${line.slug}"`,
        people.length > 0 ? ` with ${list(people)}` : '; no people found',
        needs.length > 0 ? `; needs ${list(needs)}` : '',
      ].join(''),
    );
  }
  for (const failure of failures) out.push(`  ${failure.file}: failed, ${failure.reason}`);

  const added = result.lines.filter((line) => line.kind === 'added');
  const skipped = result.lines.length - added.length;
  const numbers = added.map((line) => line.number);
  const range = numbers.length === 0 ? '' : numbers.length === 1 ? ` (moment ${numbers[0]})` : ` (moments ${numbers[0]}–${numbers.at(-1)})`;
  const count = (need: string) => added.filter((line) => line.needs.includes(need)).map((line) => String(line.number));
  out.push('');
  out.push(`${added.length} added${range}, ${skipped} skipped, ${failures.length} failed.`);
  if (result.newPeople.length > 0)
    out.push(
      `${plural(result.newPeople.length, 'new person', 'new people')}: ${result.newPeople
        .map(({ person, didYouMean }) => `${person.name} (${person.id}${didYouMean ? `; did you mean ${didYouMean.name}, "${didYouMean.id}"?` : ''})`)
        .join(', ')}`,
    );
  const todo: [string, string, string][] = [
    ['alt text', 'Needs alt text', '"alt"'],
    ['people', 'No people found', '"people"'],
    ['a caption', 'Needs a caption', '"caption"'],
    ['the photographer', 'Needs the photographer', '"credit.photographer"'],
    ['the agency', 'Needs the agency', '"credit.agency"'],
  ];
  for (const [need, what, field] of todo) {
    const missing = count(need);
    if (missing.length > 0) out.push(`${what} (write ${field}): ${missing.length === 1 ? 'moment' : 'moments'} ${list(missing)}`);
  }
  for (const note of result.notes) out.push(`Note: ${note}`);
  if (added.length > 0) out.push('Awards are not in a photo\'s metadata: add the award ids of the categories a caption names to its "awards".');
  out.push(written ? `Wrote ${written}.` : 'Nothing to add: the catalogue was not written.');
  return out;
}
