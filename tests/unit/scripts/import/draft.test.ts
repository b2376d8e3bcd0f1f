// The import's decisions, on literal photos and catalogues: order, people, slugs, repeats, the new event.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogShapeProblems, compareCapture, draftImport, peopleSlug, sharedSizes, type DraftCatalog, type ScannedPhoto } from '../../../../scripts/import/draft.ts';
import type { PhotoFields } from '../../../../scripts/import/photo-fields.ts';

const shipped = () => JSON.parse(readFileSync('content/vmas-2023.json', 'utf8')) as DraftCatalog;

const FIELDS: PhotoFields = {
  caption: 'They laughed.',
  photographer: 'Kevin Mazur',
  agency: 'Getty Images for MTV',
  people: [],
  keywords: [],
  alt: 'Two people laughing',
  event: '',
  place: '',
};
const photo = (file: string, fields: Partial<PhotoFields> = {}, hash?: string): ScannedPhoto => ({
  file,
  src: `agency/${file}`,
  ...(hash ? { hash } : {}),
  fields: { ...FIELDS, ...fields },
});

describe('draftImport into the shipped catalogue', () => {
  it('appends moments in capture order after the last one, matching people whatever the case and accents', () => {
    const before = shipped();
    const { catalog, lines, added, newPeople } = draftImport({
      catalog: shipped(),
      schema: 'unused',
      photos: [
        photo('b.jpg', { people: ['RENEE RAPP', 'Doja Cat'], taken: '2023-09-12T21:00:00' }),
        photo('a.jpg', { people: ['Karol g'], taken: '2023-09-12T20:00:00' }),
        photo('c.jpg', { people: [], keywords: ['Music', 'Reneé Rapp'], alt: '' }),
        photo('d.jpg', { people: [], keywords: ['Music'] }),
      ],
    });
    expect(added).toBe(4);
    // Nothing of the editor's changes, nor moves.
    expect(catalog.moments.slice(0, 19)).toEqual(before.moments);
    expect(catalog.people.slice(0, before.people.length)).toEqual(before.people);
    expect(catalog.awards).toEqual(before.awards);
    expect(catalog.event).toEqual(before.event);
    expect(Object.keys(catalog)).toEqual(Object.keys(before));

    expect(catalog.moments.slice(19).map(({ number, slug, people, photo: p }) => ({ number, slug, people, src: p?.src }))).toEqual([
      { number: 20, slug: 'karol-g', people: ['karol-g'], src: 'agency/a.jpg' },
      { number: 21, slug: 'renee-rapp-and-doja-cat', people: ['renee-rapp', 'doja-cat'], src: 'agency/b.jpg' },
      { number: 22, slug: 'renee-rapp', people: ['renee-rapp'], src: 'agency/c.jpg' },
      { number: 23, slug: 'd', people: [], src: 'agency/d.jpg' },
    ]);
    expect(catalog.people.at(-1)).toEqual({ id: 'doja-cat', name: 'Doja Cat' });
    expect(newPeople).toEqual([{ person: { id: 'doja-cat', name: 'Doja Cat' } }]);
    expect(catalog.moments[19]).toEqual({
      number: 20,
      slug: 'karol-g',
      caption: 'They laughed.',
      alt: 'Two people laughing',
      credit: { photographer: 'Kevin Mazur', agency: 'Getty Images for MTV' },
      people: ['karol-g'],
      awards: [],
      photo: { src: 'agency/a.jpg' },
    });
    expect(lines.map((line) => (line.kind === 'added' ? [line.file, line.number, line.people.map((p) => p.name), line.needs] : line))).toEqual([
      ['a.jpg', 20, ['Karol G'], []],
      ['b.jpg', 21, ['Reneé Rapp', 'Doja Cat'], []],
      ['c.jpg', 22, ['Reneé Rapp'], ['alt text']],
      ['d.jpg', 23, [], ['people']],
    ]);
  });

  it('skips a photo already there by its path, or by its bytes under another name, and one repeated in the folder', () => {
    const catalog = shipped();
    catalog.moments[0]!.photo = { src: 'agency/shakira.jpg' };
    catalog.moments[1]!.photo = { src: './photos/taylor.jpg' };
    const { lines, added, catalog: after } = draftImport({
      catalog,
      schema: 'unused',
      existingHashes: { './photos/taylor.jpg': 'h-taylor' },
      photos: [photo('shakira.jpg'), photo('copy-of-taylor.jpg', {}, 'h-taylor'), photo('x.jpg', {}, 'h-x'), photo('y.jpg', {}, 'h-x')],
    });
    expect(added).toBe(1);
    expect(after.moments).toHaveLength(20);
    expect(lines).toEqual([
      { file: 'copy-of-taylor.jpg', kind: 'skipped', why: 'the same photo as moment 2 "taylor-swift-and-selena-gomez" (./photos/taylor.jpg), under another name' },
      { file: 'shakira.jpg', kind: 'skipped', why: 'already in the catalogue as moment 1 "shakira-and-her-sons"' },
      expect.objectContaining({ file: 'x.jpg', kind: 'added', number: 20 }),
      { file: 'y.jpg', kind: 'skipped', why: 'the same photo as x.jpg\'s moment 20 "x", under another name' },
    ]);
  });

  it('keeps slugs unique and existing ones unchanged, and makes new ids the way ids are made', () => {
    const { catalog } = draftImport({
      catalog: shipped(),
      schema: 'unused',
      photos: [
        photo('1.jpg', { people: ['Shakira', 'Karol G'], taken: '1' }),
        photo('2.jpg', { people: ['SHAKIRA', 'karol g'], taken: '2' }),
        photo('3.jpg', { people: ['Ñandú Pérez-Ölz', 'ÑANDÚ PÉREZ-ÖLZ'], taken: '3' }),
        photo('4.jpg', { people: ['王菲'], taken: '4' }),
      ],
    });
    expect(catalog.moments[8]!.slug).toBe('shakira-and-karol-g');
    expect(catalog.moments.slice(19).map((moment) => moment.slug)).toEqual(['shakira-and-karol-g-2', 'shakira-and-karol-g-3', 'nandu-perez-olz', 'person']);
    expect(catalog.people.slice(-2)).toEqual([{ id: 'nandu-perez-olz', name: 'Ñandú Pérez-Ölz' }, { id: 'person', name: '王菲' }]);
  });

  it('spells a new name given in capitals as the caption spells it, accents and all', () => {
    const { catalog, lines } = draftImport({
      catalog: shipped(),
      schema: 'unused',
      photos: [
        photo('a.jpg', { people: ['OLIVIA RODRIGO', 'SZA'], caption: "Olivia Rodrigo laughs at SZA's joke", taken: '1' }),
        photo('b.jpg', { people: ['ANGELA AGUILAR'], caption: 'ANGELA AGUILAR: Ángela Aguilar’s smile', taken: '2' }),
        photo('c.jpg', { people: ['DOJA CAT'], caption: 'A crowd cheers.', taken: '3' }),
      ],
    });
    expect(catalog.people.slice(-4)).toEqual([
      { id: 'olivia-rodrigo', name: 'Olivia Rodrigo' },
      { id: 'sza', name: 'SZA' },
      { id: 'angela-aguilar', name: 'Ángela Aguilar' },
      { id: 'doja-cat', name: 'DOJA CAT' },
    ]);
    expect(lines[0]).toMatchObject({ people: [{ name: 'Olivia Rodrigo', isNew: true }, { name: 'SZA', isNew: true }] });
  });

  it('suggests the known person a new name may be', () => {
    const { newPeople } = draftImport({ catalog: shipped(), schema: 'unused', photos: [photo('a.jpg', { people: ['Halle'] })] });
    expect(newPeople).toEqual([{ person: { id: 'halle', name: 'Halle' }, didYouMean: { id: 'halle-bailey', name: 'Halle Bailey' } }]);
  });

  it('leaves the event of an existing catalogue as it is, and says so when --event is given', () => {
    const { catalog, notes } = draftImport({ catalog: shipped(), schema: 'unused', photos: [], event: 'Another' });
    expect(catalog.event.name).toBe('2023 MTV Video Music Awards');
    expect(notes).toEqual([expect.stringContaining('--event names a new catalogue')]);
  });
});

describe('draftImport into a new catalogue', () => {
  const photos = [
    photo('a.jpg', { people: ['Aurora Vale'], event: 'Night of Lights', place: 'Hall, Newark, New Jersey' }),
    photo('b.jpg', { people: ['Milo Park', 'AURORA VALE'], event: 'Night of Lights - Backstage', place: 'Hall, Newark, New Jersey' }),
    photo('c.jpg', { people: ['Milo Park'], event: 'Night of Lights', place: 'Newark' }),
  ];

  it('takes the event and place most photos name, the people from the photos, and no awards', () => {
    const { catalog, notes } = draftImport({ schema: '../content/catalog.schema.json', photos });
    expect(catalog).toEqual({
      $schema: '../content/catalog.schema.json',
      event: { name: 'Night of Lights', place: 'Hall, Newark, New Jersey' },
      people: [
        { id: 'aurora-vale', name: 'Aurora Vale' },
        { id: 'milo-park', name: 'Milo Park' },
      ],
      awards: [],
      moments: expect.any(Array),
    });
    expect(catalog.moments.map((moment) => [moment.number, moment.slug])).toEqual([
      [1, 'aurora-vale'],
      [2, 'milo-park-and-aurora-vale'],
      [3, 'milo-park'],
    ]);
    expect(notes).toEqual([]);
  });

  it('names its event from --event, and says what is missing, and when the photos leave the folder', () => {
    const far = { ...photo('a.jpg', { people: ['A'] }), src: '../agency/a.jpg' };
    const { catalog, notes } = draftImport({ schema: 's', photos: [far], event: ' The Show ' });
    expect(catalog.event).toEqual({ name: 'The Show', place: '' });
    expect(notes).toEqual([expect.stringContaining('event.place'), expect.stringContaining('"../agency/a.jpg"')].sort().reverse());
  });
});

describe('the helpers', () => {
  it('orders by capture time, those without one after, by file name with numbers in order', () => {
    const order = [photo('img-10.jpg'), photo('img-9.jpg'), photo('z.jpg', { taken: '2023-09-12T20:00:01' }), photo('y.jpg', { taken: '2023-09-12T20:00:00' })]
      .sort(compareCapture)
      .map((item) => item.file);
    expect(order).toEqual(['y.jpg', 'z.jpg', 'img-9.jpg', 'img-10.jpg']);
  });

  it('reads slugs from people as the shipped ones read', () => {
    expect(peopleSlug(['shakira'])).toBe('shakira');
    expect(peopleSlug(['selena-gomez', 'rema'])).toBe('selena-gomez-and-rema');
    expect(peopleSlug(['kelsea-ballerini', 'chase-stokes', 'bebe-rexha'])).toBe('kelsea-ballerini-chase-stokes-and-bebe-rexha');
    expect(peopleSlug(['a', 'b', 'c', 'd'])).toBe('a-b-and-others');
  });

  it('hashes only files whose size another file has', () => {
    expect(sharedSizes(new Map([['a', 10], ['b', 11], ['c', 10]]))).toEqual(new Set(['a', 'c']));
  });

  it('accepts an unfinished catalogue and names what makes a file no catalogue at all', () => {
    expect(catalogShapeProblems(shipped())).toEqual([]);
    expect(catalogShapeProblems({ ...shipped(), moments: [{ number: 1, slug: 'a', alt: '' }] })).toEqual([]);
    expect(catalogShapeProblems([])).toEqual(['it is not a JSON object with "event", "people", "awards" and "moments"']);
    expect(catalogShapeProblems({ event: {}, people: [{ id: 1 }], awards: [], moments: [{ number: 2, slug: 's', photo: 'x' }] })).toEqual([
      'people[0] has no text "id" and "name"',
      'moment 2 "s": "photo" has no text "src"',
    ]);
  });
});
