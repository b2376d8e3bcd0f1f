import { add, and, count, emptySet, fullSet, has, or, type Bitset } from './bitset';
import { answers, searchable, searchWords } from './search';

/** What the wall is filtered by: ids, in catalogue order, and words to search for (`?q=`). */
export interface Filters {
  people: readonly string[];
  awards: readonly string[];
  /** The search as the address keeps it (tidySearch); absent or `''` is none. */
  search?: string;
}

export type FacetKind = 'people' | 'awards';

/**
 * The people and awards a filter may name, in catalogue order (the order of ids in an address);
 * names too, since an address may name one by its display name.
 */
export type KnownIds = Record<FacetKind, readonly { id: string; name: string }[]>;

/**
 * What filtering looks at in a moment (a catalogue's, or a card's on the page): its ids, and
 * its caption for a search (which also looks at the names of its people and awards), where the
 * moment carries it.
 */
export interface Tagged {
  readonly people: readonly string[];
  readonly awards: readonly string[];
  readonly caption?: string;
}

/**
 * Where the captions are when the moments do not carry them (the browser's, which come in
 * chunks: src/content/words.ts): a moment's, if here, and how many are here (which changes as
 * chunks come, and so what a search answers).
 */
export interface Captions<T> {
  of(moment: T): string | undefined;
  count(): number;
}

/** What the filters are counted over: the people and awards they may name, and the moments. */
export type Faceted<T extends Tagged = Tagged> = KnownIds & { readonly moments: readonly T[]; readonly captions?: Captions<T> };

export const noFilters: Filters = { people: [], awards: [] };

/** The search that narrows the wall: its text when it has a word to look for ("!!!" has none), else `''`. */
export function activeSearch(filters: Filters): string {
  return searchWords(filters.search).length > 0 ? filters.search! : '';
}

export function isSearching(filters: Filters): boolean {
  return activeSearch(filters) !== '';
}

export function hasFilters(filters: Filters): boolean {
  return filters.people.length > 0 || filters.awards.length > 0 || isSearching(filters);
}

/** How many people and awards are chosen, and the search as one more. */
export function chosenCount(filters: Filters): number {
  return filters.people.length + filters.awards.length + (isSearching(filters) ? 1 : 0);
}

/** The same filters without their search. */
export function withoutSearch({ people, awards }: Filters): Filters {
  return { people, awards };
}

/**
 * Which moments each person and award is in, one bitset per id, built once per list of moments:
 * what a selection shows, and so every option's count, is then a few word operations per id
 * instead of a scan of every moment.
 */
interface FacetIndex {
  all: Bitset;
  none: Bitset;
  sets: Record<FacetKind, Map<string, Bitset>>;
  /** Each moment's caption and names, ready to search, in order (built ahead by prepareSearch, or at the first search). */
  texts: string[];
  /** The positions whose text has names only, as their caption was not here yet; and how many captions were here then. */
  uncaptioned: Set<number>;
  captionsSeen: number;
  /** The last searches' answers, by their words: every option's count asks the same one. */
  searches: Map<string, Bitset>;
}

const indexes = new WeakMap<readonly Tagged[], FacetIndex>();

function facetIndex(moments: readonly Tagged[]): FacetIndex {
  const cached = indexes.get(moments);
  if (cached) return cached;
  const size = moments.length;
  const sets = { people: new Map<string, Bitset>(), awards: new Map<string, Bitset>() };
  moments.forEach((moment, position) => {
    for (const kind of ['people', 'awards'] as const) {
      for (const id of moment[kind]) {
        let bits = sets[kind].get(id);
        if (!bits) sets[kind].set(id, (bits = emptySet(size)));
        add(bits, position);
      }
    }
  });
  const index: FacetIndex = { all: fullSet(size), none: emptySet(size), sets, texts: [], uncaptioned: new Set(), captionsSeen: 0, searches: new Map() };
  indexes.set(moments, index);
  return index;
}

/**
 * Makes the search's texts ready, at most `budget` of them (all, without): first those built
 * before their caption came that have it now (the remembered answers, which they change, are
 * forgotten), then the next ones up to every moment's. True once all that is done.
 */
function readyTexts(faceted: Faceted, index: FacetIndex, budget = Infinity): boolean {
  const { texts, uncaptioned } = index;
  const captions = faceted.captions?.count() ?? 0;
  // The usual case, every option's count asking the same search: nothing to do.
  if (captions === index.captionsSeen && texts.length === faceted.moments.length) return true;
  const captionOf = faceted.captions?.of ?? ((moment: Tagged) => moment.caption);
  const names = new Map([...faceted.people, ...faceted.awards].map(({ id, name }) => [id, name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? '').join(' ');
  const textOf = (moment: Tagged, position: number) => {
    const caption = captionOf(moment);
    if (caption === undefined) uncaptioned.add(position);
    else uncaptioned.delete(position);
    return searchable(`${caption ?? ''} ${named(moment.people)} ${named(moment.awards)}`);
  };
  let work = budget;
  if (captions !== index.captionsSeen) {
    let rebuilt = false;
    for (const position of uncaptioned) {
      if (work <= 0) break;
      if (captionOf(faceted.moments[position]!) === undefined) continue;
      texts[position] = textOf(faceted.moments[position]!, position);
      rebuilt = true;
      work -= 1;
    }
    if (rebuilt) index.searches.clear();
    if (work > 0) index.captionsSeen = captions;
  }
  for (let position = texts.length; position < faceted.moments.length && work > 0; position += 1, work -= 1) texts.push(textOf(faceted.moments[position]!, position));
  return texts.length === faceted.moments.length && index.captionsSeen === captions;
}

/**
 * Gets `moments` more of the search's texts ready, ahead of the first search (at 5,000 moments
 * they take about 110 ms at 4× CPU, which the first search would otherwise wait for), and again
 * as captions come (the texts built before theirs came). True once every moment's is ready.
 */
export function prepareSearch(faceted: Faceted, moments: number): boolean {
  return readyTexts(faceted, facetIndex(faceted.moments), moments);
}

/** Searches remembered per list of moments (typing asks one new search per letter). */
const SEARCHES_KEPT = 16;

/**
 * The moments whose caption, people's names or awards' names answer every word of the search
 * (src/domain/search.ts), or every moment when it has no word to look for.
 */
function searchedBy(faceted: Faceted, index: FacetIndex, filters: Filters): Bitset {
  const words = searchWords(filters.search);
  if (words.length === 0) return index.all;
  const key = words.join(' ');
  // First, since texts built again for captions that came make the remembered answers stale.
  readyTexts(faceted, index);
  const { texts } = index;
  const known = index.searches.get(key);
  if (known) return known;
  const found = emptySet(faceted.moments.length);
  texts.forEach((text, position) => {
    if (answers(text, words)) add(found, position);
  });
  if (index.searches.size >= SEARCHES_KEPT) index.searches.delete(index.searches.keys().next().value!);
  index.searches.set(key, found);
  return found;
}

/**
 * The one definition of what a selection shows, as positions in the list of moments. People
 * narrow (the moments they are all in, together); awards widen (a moment of any of them); a
 * search narrows (a moment answering all its words); each of the three must hold. An id no
 * moment has matches nothing.
 */
function shownBy(faceted: Faceted, filters: Filters): Bitset {
  const index = facetIndex(faceted.moments);
  const set = (kind: FacetKind, id: string) => index.sets[kind].get(id) ?? index.none;
  const everyone = filters.people.reduce((bits, id) => and(bits, set('people', id)), searchedBy(faceted, index, filters));
  if (filters.awards.length === 0) return everyone;
  return and(everyone, filters.awards.reduce((bits, id) => or(bits, set('awards', id)), index.none));
}

/** The moments the wall shows under `filters`, in their order. */
export function filterMoments<T extends Tagged>(faceted: Faceted<T>, filters: Filters): T[] {
  const shown = shownBy(faceted, filters);
  return faceted.moments.filter((_, position) => has(shown, position));
}

/** The data attributes a card carries so that filterMoments can be written as a CSS selector. */
export const cardTags = { people: 'data-people', awards: 'data-awards' } as const;

/**
 * A CSS selector for the cards filterMoments leaves out, given cards that list their ids in
 * `cardTags` attributes (space-separated): used to hide them before any script has the DOM.
 * Ids are lowercase words joined by hyphens (validated), so they need no escaping. A search is
 * no selector: under one, every card waits, hidden, until its text can be read.
 */
export function rejectedCardsSelector(card: string, filters: Filters): string {
  if (isSearching(filters)) return card;
  const lacks = (kind: FacetKind, id: string) => `:not([${cardTags[kind]}~="${id}"])`;
  const selectors = filters.people.map((id) => `${card}${lacks('people', id)}`);
  if (filters.awards.length > 0) selectors.push(card + filters.awards.map((id) => lacks('awards', id)).join(''));
  return selectors.join(',');
}

export function isSelected(filters: Filters, kind: FacetKind, id: string): boolean {
  return filters[kind].includes(id);
}

/** Adds or removes one id, keeping the catalogue's order so equal selections have one URL. */
export function toggle(known: KnownIds, filters: Filters, kind: FacetKind, id: string): Filters {
  const chosen = new Set(filters[kind]);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  return { ...filters, [kind]: known[kind].map((entry) => entry.id).filter((key) => chosen.has(key)) };
}

/** One option's state under the current filters. */
export interface OptionState {
  selected: boolean;
  /** How many moments the wall shows with this option chosen. */
  count: number;
  /** Choosing it would leave no moment: shown dimmed, not choosable. */
  disabled: boolean;
  /** The filters after choosing (or, when chosen, removing) it. */
  next: Filters;
}

/**
 * What choosing one person or award would give, counted from the moments' index: the app's
 * filters (facetOptions) and the prerendered wall's script (src/prepaint/) both show this, so an
 * option's count is always how many moments filterMoments shows once it is chosen.
 */
export function optionState(faceted: Faceted, filters: Filters, kind: FacetKind, id: string): OptionState {
  const selected = isSelected(filters, kind, id);
  const next = toggle(faceted, filters, kind, id);
  const shown = count(shownBy(faceted, selected ? filters : next));
  return { selected, count: shown, disabled: !selected && shown === 0, next };
}

export interface FacetOption extends OptionState {
  id: string;
  name: string;
}

/** People with the most moments first; ties keep the catalogue's order (first appearance). */
function byMoments(faceted: Faceted): KnownIds['people'] {
  const { sets, none } = facetIndex(faceted.moments);
  const moments = new Map(faceted.people.map(({ id }) => [id, count(sets.people.get(id) ?? none)]));
  return [...faceted.people].sort((a, b) => moments.get(b.id)! - moments.get(a.id)!);
}

/** Every person (most moments first) and award, with what choosing it would give. */
export function facetOptions(faceted: Faceted, filters: Filters): Record<FacetKind, FacetOption[]> {
  const optionsOf = (kind: FacetKind, entries: KnownIds[FacetKind]) =>
    entries.map(({ id, name }) => ({ id, name, ...optionState(faceted, filters, kind, id) }));
  return { people: optionsOf('people', byMoments(faceted)), awards: optionsOf('awards', faceted.awards) };
}
