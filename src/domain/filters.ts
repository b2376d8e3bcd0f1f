import { add, and, count, emptySet, fullSet, has, or, type Bitset } from './bitset';

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
 * Which moments each person and award is in, one bitset per id, built once per list of moments:
 * what a selection shows, and so every option's count, is then a few word operations per id
 * instead of a scan of every moment.
 */
interface FacetIndex {
  all: Bitset;
  none: Bitset;
  sets: Record<FacetKind, Map<string, Bitset>>;
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
  const index = { all: fullSet(size), none: emptySet(size), sets };
  indexes.set(moments, index);
  return index;
}

/**
 * The one definition of what a selection shows, as positions in the list of moments. People
 * narrow (the moments they are all in, together); awards widen (a moment of any of them); a
 * person and an award must both match. An id no moment has matches nothing.
 */
function shownBy(index: FacetIndex, filters: Filters): Bitset {
  const set = (kind: FacetKind, id: string) => index.sets[kind].get(id) ?? index.none;
  const everyone = filters.people.reduce((bits, id) => and(bits, set('people', id)), index.all);
  if (filters.awards.length === 0) return everyone;
  return and(everyone, filters.awards.reduce((bits, id) => or(bits, set('awards', id)), index.none));
}

/** The moments the wall shows under `filters`, in their order. */
export function filterMoments<T extends Tagged>(moments: readonly T[], filters: Filters): T[] {
  const shown = shownBy(facetIndex(moments), filters);
  return moments.filter((_, position) => has(shown, position));
}

/** The data attributes a card carries so that filterMoments can be written as a CSS selector. */
export const cardTags = { people: 'data-people', awards: 'data-awards' } as const;

/**
 * A CSS selector for the cards filterMoments leaves out, given cards that list their ids in
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

/**
 * What choosing one person or award would give, counted from the moments' index: the app's
 * filters (facetOptions) and the prerendered wall's script (src/prepaint/) both show this, so an
 * option's count is always how many moments filterMoments shows once it is chosen.
 */
export function optionState(faceted: Faceted, filters: Filters, kind: FacetKind, id: string): OptionState {
  const selected = isSelected(filters, kind, id);
  const next = toggle(faceted, filters, kind, id);
  const shown = count(shownBy(facetIndex(faceted.moments), selected ? filters : next));
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
