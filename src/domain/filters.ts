import { add, and, count, countBoth, emptySet, fullSet, or, type Bitset } from './bitset';

/** What the wall is filtered by: ids, in catalogue order. */
export interface Filters {
  people: readonly string[];
  awards: readonly string[];
}

export type FacetKind = keyof Filters;

/**
 * The people and awards a filter may name, in catalogue order (the order of ids in an address);
 * names too, since an address may name one by its display name.
 */
export type KnownIds = Record<FacetKind, readonly { id: string; name: string }[]>;

/** What filtering looks at in a moment (a catalogue's, or a card's on the page): its ids. */
export interface Tagged {
  readonly people: readonly string[];
  readonly awards: readonly string[];
}

/** What the filters are counted over: the people and awards they may name, and the moments. */
export type Faceted = KnownIds & { readonly moments: readonly Tagged[] };

export const noFilters: Filters = { people: [], awards: [] };

export function hasFilters(filters: Filters): boolean {
  return filters.people.length > 0 || filters.awards.length > 0;
}

/** How many people and awards are chosen. */
export function chosenCount(filters: Filters): number {
  return filters.people.length + filters.awards.length;
}

/**
 * People narrow (the moments they are all in, together); awards widen (a moment of any of
 * them); a person and an award must both match.
 */
export function matches(moment: Tagged, filters: Filters): boolean {
  const hasEveryone = filters.people.every((id) => moment.people.includes(id));
  const hasAnAward =
    filters.awards.length === 0 || filters.awards.some((id) => moment.awards.includes(id));
  return hasEveryone && hasAnAward;
}

export function filterMoments<T extends Tagged>(moments: readonly T[], filters: Filters): T[] {
  return moments.filter((moment) => matches(moment, filters));
}

/** The data attributes a card carries so that `matches` can be written as a CSS selector. */
export const cardTags = { people: 'data-people', awards: 'data-awards' } as const;

/**
 * A CSS selector for the cards `matches` rejects, given cards that list their ids in
 * `cardTags` attributes (space-separated): used to hide them before any script has the DOM.
 * Ids are lowercase words joined by hyphens (validated), so they need no escaping.
 */
export function rejectedCardsSelector(card: string, filters: Filters): string {
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

export function optionState(moments: readonly Tagged[], known: KnownIds, filters: Filters, kind: FacetKind, id: string): OptionState {
  const selected = isSelected(filters, kind, id);
  const next = toggle(known, filters, kind, id);
  const count = filterMoments(moments, selected ? filters : next).length;
  return { selected, count, disabled: !selected && count === 0, next };
}

export interface FacetOption extends OptionState {
  id: string;
  name: string;
}

/**
 * Which moments each person and award is in, one bitset per id: built once per catalogue, so
 * the facet counts cost a few word operations per option instead of a scan of every moment.
 */
interface FacetIndex {
  all: Bitset;
  none: Bitset;
  sets: Record<FacetKind, Map<string, Bitset>>;
  /** People with the most moments first; ties keep the catalogue's order. */
  rankedPeople: KnownIds['people'];
}

const indexes = new WeakMap<Faceted['moments'], FacetIndex>();

function facetIndex(catalog: Faceted): FacetIndex {
  const cached = indexes.get(catalog.moments);
  if (cached) return cached;
  const size = catalog.moments.length;
  const sets = { people: new Map<string, Bitset>(), awards: new Map<string, Bitset>() };
  for (const kind of ['people', 'awards'] as const) for (const { id } of catalog[kind]) sets[kind].set(id, emptySet(size));
  catalog.moments.forEach((moment, position) => {
    for (const kind of ['people', 'awards'] as const) {
      for (const id of moment[kind]) {
        const bits = sets[kind].get(id);
        if (bits) add(bits, position);
      }
    }
  });
  const moments = (id: string) => count(sets.people.get(id)!);
  const rankedPeople = [...catalog.people].sort((a, b) => moments(b.id) - moments(a.id));
  const index = { all: fullSet(size), none: emptySet(size), sets, rankedPeople };
  indexes.set(catalog.moments, index);
  return index;
}

/** How many moments `filters` shows (as filterMoments), from the index. */
function countWith(index: FacetIndex, filters: Filters): number {
  const set = (kind: FacetKind, id: string) => index.sets[kind].get(id) ?? index.none;
  const everyone = filters.people.reduce((bits, id) => and(bits, set('people', id)), index.all);
  const anAward = filters.awards.length === 0 ? index.all : filters.awards.reduce((bits, id) => or(bits, set('awards', id)), index.none);
  return countBoth(everyone, anAward);
}

function optionsFor(catalog: Faceted, filters: Filters, kind: FacetKind): FacetOption[] {
  const index = facetIndex(catalog);
  const entries = kind === 'people' ? index.rankedPeople : catalog.awards;
  return entries.map(({ id, name }) => {
    const selected = isSelected(filters, kind, id);
    const next = toggle(catalog, filters, kind, id);
    const count = countWith(index, selected ? filters : next);
    return { id, name, selected, count, disabled: !selected && count === 0, next };
  });
}

/**
 * Every person (most moments first) and award, with what choosing it would give: the same
 * answers as optionState, counted from the catalogue's index.
 */
export function facetOptions(catalog: Faceted, filters: Filters): Record<FacetKind, FacetOption[]> {
  return {
    people: optionsFor(catalog, filters, 'people'),
    awards: optionsFor(catalog, filters, 'awards'),
  };
}
