import type { Catalog, Moment } from '../content/types';

/** What the wall is filtered by: ids, in catalogue order. */
export interface Filters {
  people: readonly string[];
  awards: readonly string[];
}

export type FacetKind = keyof Filters;

export const noFilters: Filters = { people: [], awards: [] };

export function hasFilters(filters: Filters): boolean {
  return filters.people.length > 0 || filters.awards.length > 0;
}

/**
 * People narrow (the moments they are all in, together); awards widen (a moment of any of
 * them); a person and an award must both match.
 */
export function matches(moment: Moment, filters: Filters): boolean {
  const hasEveryone = filters.people.every((id) => moment.people.includes(id));
  const hasAnAward =
    filters.awards.length === 0 || filters.awards.some((id) => moment.awards.includes(id));
  return hasEveryone && hasAnAward;
}

export function filterMoments(moments: readonly Moment[], filters: Filters): Moment[] {
  return moments.filter((moment) => matches(moment, filters));
}

export function isSelected(filters: Filters, kind: FacetKind, id: string): boolean {
  return filters[kind].includes(id);
}

/** Adds or removes one id, keeping the catalogue's order so equal selections have one URL. */
export function toggle(catalog: Catalog, filters: Filters, kind: FacetKind, id: string): Filters {
  const chosen = new Set(filters[kind]);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  const order = kind === 'people' ? catalog.people : catalog.awards;
  return { ...filters, [kind]: order.map((entry) => entry.id).filter((key) => chosen.has(key)) };
}

export interface FacetOption {
  id: string;
  name: string;
  selected: boolean;
  /** How many moments the wall shows with this option chosen. */
  count: number;
  /** Choosing it would leave no moment: shown dimmed, not choosable. */
  disabled: boolean;
}

function optionsFor(catalog: Catalog, filters: Filters, kind: FacetKind): FacetOption[] {
  const entries = kind === 'people' ? catalog.people : catalog.awards;
  return entries.map(({ id, name }) => {
    const selected = isSelected(filters, kind, id);
    const withIt = selected ? filters : toggle(catalog, filters, kind, id);
    const count = filterMoments(catalog.moments, withIt).length;
    return { id, name, selected, count, disabled: !selected && count === 0 };
  });
}

export function facetOptions(catalog: Catalog, filters: Filters): Record<FacetKind, FacetOption[]> {
  return {
    people: optionsFor(catalog, filters, 'people'),
    awards: optionsFor(catalog, filters, 'awards'),
  };
}
