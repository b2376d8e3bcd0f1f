// What the shipped catalogue gives, for expectations that stay right when its content changes:
// the moments a wall's address shows, a moment by its slug or place, a card's name. Component
// and end-to-end tests read their figures here rather than copying today's ("19", "3 moments").
// A test whose point is one content rule of PRODUCT.md (Taylor Swift and Selena Gomez together
// are moment 2) writes that fact out instead, and says so.
import { catalog as held, momentTitle } from '../src/content/catalog';
import type { Moment, MomentEntry } from '../src/content/types';
import type { Captions } from '../src/domain/filters';
import { filterMoments } from '../src/domain/filters';
import { parseFilters } from '../src/domain/query';

/**
 * The catalogue the tests read: the whole file's, as the module holds it in Node (in the
 * browser the moments come without their words, which come in chunks: src/content/words.ts).
 */
export const catalog = held as Omit<typeof held, 'moments' | 'captions'> & { moments: MomentEntry[]; captions: Captions<MomentEntry> };
if (catalog.moments.some((moment) => !('caption' in moment))) throw new Error('the tests read the whole catalogue file: a moment has no words');

/**
 * The moments the wall at a canonical address shows, in order: `momentsAt('/?person=karol-g')`.
 * Throws for a filter value the catalogue does not know, so that a test never expects the whole
 * wall by accident; a test about unknown or oddly spelt values names the wall it expects instead.
 */
export function momentsAt(path: string): MomentEntry[] {
  const { filters, unknown } = parseFilters(new URL(path, 'http://wall.invalid').search, catalog);
  const strays = [...unknown.people, ...unknown.awards];
  if (strays.length > 0) throw new Error(`momentsAt('${path}'): the catalogue knows no ${strays.join(', ')}`);
  return filterMoments(catalog, filters);
}



/** The moment with this slug; throws when the catalogue has none. */
export function momentBySlug(slug: string): MomentEntry {
  const found = catalog.moments.find((moment) => moment.slug === slug);
  if (!found) throw new Error(`no moment "${slug}" in the catalogue`);
  return found;
}

/** The moment at `index` (0-based) in article order. */
export function momentAt(index: number): MomentEntry {
  const found = catalog.moments[index];
  if (!found) throw new Error(`no moment at index ${index}: the catalogue has ${catalog.moments.length}`);
  return found;
}

/** The name of a moment's card link: its people and number, "Selena Gomez and Rema, moment 3". */
export const cardName = (moment: Moment) => `${momentTitle(moment)}, moment ${moment.number}`;

/** How the wall counts moments: "1 moment", "4 moments". */
export const countText = (count: number) => (count === 1 ? '1 moment' : `${count} moments`);
