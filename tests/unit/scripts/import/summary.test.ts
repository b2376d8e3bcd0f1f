// The import's report, from a literal result: one line per file, then the totals and what to write.
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../scripts/import/draft.ts';
import { summaryLines } from '../../../../scripts/import/summary.ts';

const result: ImportResult = {
  catalog: { event: { name: 'E', place: 'P' }, people: [], awards: [], moments: [] },
  added: 3,
  lines: [
    { file: 'a.jpg', kind: 'added', number: 20, slug: 'karol-g', people: [{ name: 'Karol G', isNew: false }], needs: [] },
    { file: 'b.png', kind: 'added', number: 21, slug: 'halle', people: [{ name: 'Halle', isNew: true }], needs: ['alt text', 'the agency'] },
    { file: 'c.jpg', kind: 'added', number: 22, slug: 'c', people: [], needs: ['alt text', 'people'] },
    { file: 'd.jpg', kind: 'skipped', why: 'already in the catalogue as moment 3 "x"' },
  ],
  newPeople: [{ person: { id: 'halle', name: 'Halle' }, didYouMean: { id: 'halle-bailey', name: 'Halle Bailey' } }],
  notes: ['event.place: no photo names where it was taken (sub-location, city, state): write it'],
};

describe('summaryLines', () => {
  it('names each file, then the totals, the new people and what is left to write', () => {
    expect(summaryLines(result, [{ file: 'notes.txt', reason: '"notes.txt" is not an image' }], 'catalog.json')).toEqual([
      '  a.jpg: added as moment 20 "karol-g" with Karol G',
      '  b.png: added as moment 21 "halle" with Halle (new); needs alt text and the agency',
      '  c.jpg: added as moment 22 "c"; no people found; needs alt text',
      '  d.jpg: skipped, already in the catalogue as moment 3 "x"',
      '  notes.txt: failed, "notes.txt" is not an image',
      '',
      '3 added (moments 20–22), 1 skipped, 1 failed.',
      '1 new person: Halle (halle; did you mean Halle Bailey, "halle-bailey"?)',
      'Needs alt text (write "alt"): moments 21 and 22',
      'No people found (write "people"): moment 22',
      'Needs the agency (write "credit.agency"): moment 21',
      'Note: event.place: no photo names where it was taken (sub-location, city, state): write it',
      'Awards are not in a photo\'s metadata: add the award ids of the categories a caption names to its "awards".',
      'Wrote catalog.json.',
    ]);
  });

  it('says the file was left as it was when nothing was added', () => {
    const none: ImportResult = { ...result, added: 0, lines: [result.lines[3]!], newPeople: [], notes: [] };
    expect(summaryLines(none, [], undefined)).toEqual([
      '  d.jpg: skipped, already in the catalogue as moment 3 "x"',
      '',
      '0 added, 1 skipped, 0 failed.',
      'Nothing to add: the catalogue was not written.',
    ]);
  });
});
