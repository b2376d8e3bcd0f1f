/*
 * A windowed wall's pages (`/page/2/`, `/page/3/`, …): the whole catalogue in the wall's order,
 * a page at a time, as plain pages with real links, so that every moment can be reached from the
 * wall without JavaScript (the wall's own page lists only its first cards). The wall is page 1.
 */

/** Moments on a page: the wall's first window (src/components/wall/windowing.ts), so the wall is page 1. */
export const PAGE_SIZE = 12;

/** How many pages `total` moments fill (at least one, the wall). */
export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

/**
 * The page an address names: `2` up to the last page, written as the pager writes it (no leading
 * zero, no sign). Page 1 is the wall (`/`); anything else is not a page.
 */
export function parsePage(param: string | undefined, total: number): number | undefined {
  if (!param || !/^[1-9]\d{0,5}$/.test(param)) return undefined;
  const page = Number(param);
  return page >= 2 && page <= pageCount(total) ? page : undefined;
}

/** Where page `page` (from 1) starts and ends in the catalogue's order: `to` not included. */
export function pageRange(page: number, total: number): { from: number; to: number } {
  const from = (page - 1) * PAGE_SIZE;
  return { from, to: Math.min(total, from + PAGE_SIZE) };
}

/**
 * The pager's links around `current` of `count` pages: the first, the last, and two on each side
 * of the current one, with a gap (`null`) where pages are left out: 1 … 5 6 7 8 9 … 84.
 */
export function pagerItems(current: number, count: number): (number | null)[] {
  const near = new Set([1, count]);
  for (let page = current - 2; page <= current + 2; page++) if (page >= 1 && page <= count) near.add(page);
  const pages = [...near].sort((a, b) => a - b);
  return pages.flatMap((page, index) => (index > 0 && page - pages[index - 1]! > 1 ? [null, page] : [page]));
}
