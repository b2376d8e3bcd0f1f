/*
 * The windowed wall (a catalogue of more than WHOLE_WALL_MAX moments), in a chunk of its own that
 * only such a wall loads: TanStack Virtual over the window's scroll. It renders nothing itself:
 * it tells the list (moment-list.tsx) which cards to render and how much room the rows above and
 * below them take, so the page is as long, and scrolls as, the whole wall; it keeps the row of
 * the focused card in the page (Tab and Shift+Tab find the cards beside it), brings a card that
 * is not in the page into it when the dialog closes on it (reveal-card.ts), and puts the wall
 * back in its place after a reload or a Back.
 *
 * The virtualiser's items are the grid's rows, not its cards: TanStack's `lanes` puts each item
 * in the lane that ends highest (a masonry), so cards of different heights would leave the CSS
 * grid's rows and read in another order than the list's. One item per row keeps the grid as it
 * is, each row as tall as its tallest card, and the reading and Tab order the list's.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import type { Moment } from '../../content/types';
import { cardOf } from '../artwork/glide';
import { setReveal } from './reveal-card';

/** What the list renders: the cards from `from` to `to` (not included), with room above and below. */
export interface WindowRange {
  from: number;
  to: number;
  style: CSSProperties;
}

export interface WindowView {
  /** The list this view was made for. */
  moments: readonly Moment[];
  /** The range to render for `moments`: this view's own, or a guess near it for a list just changed. */
  rangeFor: (moments: readonly Moment[]) => WindowRange;
  /** The first card of each row carries the row's index and the ref by which the row is measured. */
  measure: (index: number) => { row: number; ref: (element: Element | null) => void } | undefined;
}

interface WallWindowProps {
  moments: readonly Moment[];
  list: RefObject<HTMLUListElement | null>;
  onView: (view: WindowView) => void;
}

/** The grid as laid out now: its columns, the gap between rows, its width and where it starts. */
interface Grid {
  columns: number;
  gap: number;
  width: number;
  top: number;
  /** A row's height before it is measured: the mean of the rows drawn when the width was set. */
  estimate: number;
}

/** Rows of cards above and below the screen, rendered so that a scroll rarely shows an empty one. */
const OVERSCAN = 1;
/** How far (in rows) the focused card's row may be from the screen and still be kept in the page. */
const KEEP_NEAR = 12;
const PLACE = 'backstage:wall-place';

/** Where a windowed wall was: the card at the top of the window, and how far from the top it stood. */
interface Place {
  key: string;
  search: string;
  slug: string;
  top: number;
}

function readPlace(): Place | undefined {
  try {
    const place = JSON.parse(sessionStorage.getItem(PLACE) ?? 'null') as Partial<Place> | null;
    return place && typeof place.slug === 'string' && typeof place.top === 'number' ? (place as Place) : undefined;
  } catch {
    return undefined;
  }
}

function measureGrid(list: HTMLElement, previous: Grid | null): Grid {
  const style = getComputedStyle(list);
  const columns = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length);
  const gap = Number.parseFloat(style.rowGap) || 0;
  const width = list.clientWidth;
  const top = Math.round(list.getBoundingClientRect().top + window.scrollY);
  if (previous && previous.columns === columns && previous.width === width) return previous.top === top ? previous : { ...previous, top };
  const rows = Math.ceil(list.querySelectorAll(':scope > li[data-slug]').length / columns);
  const content = list.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
  const estimate = rows > 0 ? Math.max(100, (content + gap) / rows - gap) : (previous?.estimate ?? 500);
  return { columns, gap, width, top, estimate };
}

/** The rows on screen, and the focused card's row and its neighbours when they are near (a focused card far away is let go). */
function rangeWith(keep: number | undefined) {
  return (range: Range) => {
    const rows = defaultRangeExtractor(range);
    if (keep === undefined) return rows;
    // Near: within KEEP_NEAR rows of the screen as the virtualiser last saw it. Quick Tabs can
    // run ahead of the scroll events by several rows; the rows between are rendered too.
    const near = (row: number) => row >= range.startIndex - KEEP_NEAR && row <= range.endIndex + KEEP_NEAR;
    const more = [keep - 1, keep, keep + 1].filter((row) => row >= 0 && row < range.count && near(row));
    return [...new Set([...rows, ...more])].sort((a, b) => a - b);
  };
}

export function WallWindow({ moments, list, onView }: WallWindowProps) {
  const location = useLocation();
  const navigation = useNavigationType();
  const [grid, setGrid] = useState<Grid | null>(null);
  const [resized, remeasure] = useState(0);
  const [keep, setKeep] = useState<number | undefined>(undefined);
  const pending = useRef<{ slug: string; resolve: (card: HTMLElement | null) => void } | null>(null);
  const slugIndex = useMemo(() => new Map(moments.map((moment, at) => [moment.slug, at])), [moments]);
  const columns = grid?.columns ?? 1;
  const rowCount = grid ? Math.ceil(moments.length / columns) : 0;

  // A row's key: the cards it holds and the grid's width, so a size measured once is never another row's.
  const keys = useMemo(
    () =>
      Array.from({ length: rowCount }, (_, row) =>
        `${grid?.width}|${moments
          .slice(row * columns, (row + 1) * columns)
          .map((moment) => moment.slug)
          .join(' ')}`,
      ),
    [moments, rowCount, columns, grid?.width],
  );
  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize: () => grid?.estimate ?? 500,
    getItemKey: (row) => keys[row] ?? row,
    gap: grid?.gap ?? 0,
    scrollMargin: grid?.top ?? 0,
    overscan: OVERSCAN,
    rangeExtractor: rangeWith(keep),
  });

  // The rows are in the page's flow after the list's padding, not placed at TanStack's offsets:
  // a row measured taller than its estimate pushes the rows below it, and the browser's scroll
  // anchoring keeps what is on screen where it was. TanStack's own correction would move it twice.
  useLayoutEffect(() => {
    // TanStack's documented way to turn it off: an instance property, no option.
    // eslint-disable-next-line react-hooks/immutability
    virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => false;
  }, [virtualizer]);

  // The grid's columns and width, whenever the list is drawn or resized.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const next = measureGrid(element, grid);
    // Reading the drawn layout, then rendering by it before the paint, is this effect's point.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (next !== grid) setGrid(next);
  }, [list, grid, moments, resized]);
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const observer = new ResizeObserver(() => remeasure((tick) => tick + 1));
    observer.observe(element);
    return () => observer.disconnect();
  }, [list]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const margin = grid?.top ?? 0;
  const firstRow = first?.index ?? 0;
  const lastRow = last?.index ?? -1;
  const before = first ? first.start - margin : 0;
  const after = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - margin)) : 0;
  const rowHeight = (grid?.estimate ?? 0) + (grid?.gap ?? 0);

  const measure = useCallback(
    (index: number) => (index % columns === 0 ? { row: index / columns, ref: virtualizer.measureElement } : undefined),
    [columns, virtualizer],
  );
  useLayoutEffect(() => {
    if (!grid || lastRow < 0) return;
    const own: WindowRange = { from: firstRow * columns, to: (lastRow + 1) * columns, style: { paddingTop: before, paddingBottom: after } };
    onView({
      moments,
      measure,
      rangeFor: (shown) => {
        if (shown === moments) return own;
        // A list just changed (a filter), which this view answers only after the render: the
        // same rows, or the last ones, with the room of the others guessed from the estimate.
        const count = Math.ceil(shown.length / columns);
        const span = lastRow - firstRow;
        const to = Math.min(lastRow, count - 1);
        const from = Math.max(0, Math.min(firstRow, to - span));
        return { from: from * columns, to: (to + 1) * columns, style: { paddingTop: from * rowHeight, paddingBottom: Math.max(0, count - 1 - to) * rowHeight } };
      },
    });
  }, [onView, moments, measure, grid, columns, firstRow, lastRow, before, after, rowHeight, resized]);

  // A card asked for (to return to it, or to come back to the place of a reload), once rendered.
  useLayoutEffect(() => {
    const asked = pending.current;
    const card = asked && cardOf(asked.slug);
    if (asked && card) {
      pending.current = null;
      asked.resolve(card);
    }
  });

  // Keeps the focused card's row, and its neighbours, in the page.
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onFocus = (event: FocusEvent) => {
      const slug = (event.target as Element).closest<HTMLElement>('li[data-slug]')?.dataset.slug;
      const at = slug === undefined ? undefined : slugIndex.get(slug);
      if (at !== undefined) setKeep(Math.floor(at / columns));
    };
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, [list, slugIndex, columns]);

  const ready = grid !== null;
  /**
   * Scrolls the window to where a row is (its top `below` px below the window's top, or its
   * middle at the window's): the virtualiser then renders it, as for any scroll. A plain scroll,
   * not TanStack's scrollToIndex, whose corrections over the next frames would undo the `below`.
   */
  const scrollToRow = useCallback(
    (row: number, align: 'start' | 'center', below: number) => {
      const [offset] = virtualizer.getOffsetForIndex(row, align) ?? [undefined];
      if (offset !== undefined) window.scrollTo({ top: offset - below, behavior: 'instant' });
    },
    [virtualizer],
  );
  useEffect(() => {
    if (!ready) return;
    return setReveal((slug, align) => {
      const at = slugIndex.get(slug);
      if (at === undefined) return Promise.resolve(null);
      pending.current?.resolve(null);
      return new Promise((resolve) => {
        pending.current = { slug, resolve };
        // Scrolled there, and again each frame till the card is rendered: the browser's own
        // restoration of the wall's place on Back may come after the first scroll and undo it.
        let frames = 0;
        const toward = () => {
          if (pending.current?.slug !== slug) return;
          if (frames++ > 120) {
            pending.current = null;
            resolve(cardOf(slug));
            return;
          }
          scrollToRow(Math.floor(at / columns), align, 0);
          requestAnimationFrame(toward);
        };
        toward();
      });
    });
  }, [ready, scrollToRow, slugIndex, columns]);

  // Where the wall was, kept for a reload or a Back to this entry: the browser's own scroll
  // restoration cannot reach a place the page is not yet long enough for.
  useEffect(() => {
    if (!ready) return;
    const save = () => {
      const element = list.current;
      const card = element && [...element.querySelectorAll<HTMLElement>(':scope > li[data-slug]')].find((each) => each.getBoundingClientRect().bottom > 0);
      if (!card) return;
      const place: Place = { key: location.key, search: location.search, slug: card.dataset.slug!, top: card.getBoundingClientRect().top };
      try {
        sessionStorage.setItem(PLACE, JSON.stringify(place));
      } catch {
        // No storage (a private window's quota): a reload starts at the top.
      }
    };
    const onPageHide = () => {
      save();
      // This page puts the wall back in its place itself (below); the browser's own attempt, on
      // a page still shorter than the place, would only move it elsewhere first.
      window.history.scrollRestoration = 'manual';
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      save();
    };
  }, [ready, list, location.key, location.search]);

  const restored = useRef(false);
  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const place = readPlace();
    const at = place && slugIndex.get(place.slug);
    if (navigation !== 'POP' || !place || at === undefined || place.key !== location.key || place.search !== location.search) {
      window.history.scrollRestoration = 'auto';
      return;
    }
    window.history.scrollRestoration = 'auto';
    pending.current = {
      slug: place.slug,
      resolve: (card) => {
        if (card) window.scrollBy(0, card.getBoundingClientRect().top - place.top);
      },
    };
    // Once the list has its room (the render this view causes), so the page is long enough.
    requestAnimationFrame(() => scrollToRow(Math.floor(at / columns), 'start', place.top));
  }, [ready, scrollToRow, slugIndex, navigation, location.key, location.search, columns]);

  return null;
}
