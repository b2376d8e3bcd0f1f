import { filterMoments, hasFilters, type Faceted, type Filters, type Tagged } from './filters';

export interface StepOrder<T> {
  /** The moments previous/next walk through, in order. */
  order: readonly T[];
  /** True when that is the wall's filter, not every moment: the pager then says "2 of 3 shown". */
  filtered: boolean;
}

/**
 * The order a moment opened over the wall steps through: the wall's filtered moments when it
 * has a filter and the moment is among them, else every moment, in the article's order.
 */
export function stepOrder<T extends Tagged & { slug: string }>(faceted: Faceted<T>, filters: Filters, slug: string): StepOrder<T> {
  const { moments } = faceted;
  if (!hasFilters(filters)) return { order: moments, filtered: false };
  const shown = filterMoments(faceted, filters);
  return shown.some((moment) => moment.slug === slug) ? { order: shown, filtered: true } : { order: moments, filtered: false };
}
