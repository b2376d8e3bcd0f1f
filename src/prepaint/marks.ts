/**
 * Where the wall's filter-dependent parts are, for the script that applies a filtered address to
 * the prerendered wall before its first paint (./prepaint.ts). The components render these
 * attributes; the script finds them. Elements marked with a text mark hold nothing but that
 * text, rendered with suppressHydrationWarning: the script may have written it already.
 */
export const mark = {
  /** The text marks: `data-prepaint="…"`. */
  attribute: 'data-prepaint',
  /** "4 moments" (the count, wherever it is shown). */
  shown: 'shown',
  /** " of 19" after the count, on a filtered wall. */
  ofTotal: 'of-total',
  /** The number of chosen filters, hidden when none is chosen. */
  chosen: 'chosen',
  /** The "no moment matches" message, hidden while some moment does. */
  none: 'none',
  /** Inside it: what it says under a search (hidden without one), and without (hidden with one). */
  noneSearched: 'none-searched',
  noneFiltered: 'none-filtered',
  /** The search's words, as text ("hug"): in the empty state and the chosen-filters chip. */
  search: 'search',
  /** The chip of the search among the chosen filters, hidden without a search. */
  searchChip: 'search-chip',
  /** A link to the wall as it is without the search ("Clear the search", the chip's Remove). */
  clearSearch: 'clear-search',
  /** A search box (`<input name="q">`): its value is the address's search. */
  searchBox: 'search-box',
  /** A "Clear all filters" link: no href while nothing is chosen. */
  clear: 'clear',
  /** A windowed wall's pages (the pager), hidden on a filtered wall: the pages are the whole wall's. */
  pages: 'pages',
  /** The list of chosen filters, hidden when none is chosen. */
  chosenList: 'chosen-list',
  /** A person's or award's link: `data-facet="people"` plus `data-id`. */
  facet: 'data-facet',
  /** A chosen filter's "Remove …" link: `data-remove="people"` plus `data-id`. */
  remove: 'data-remove',
  /** An option's count, inside its link. */
  optionCount: 'data-option-count',
} as const;

/** What a windowed wall's count says on a filtered address till the app has counted (its page lists only its first cards). */
export const FINDING = 'Finding…';

/** Set on the list of a windowed wall, which lists only its first cards (src/components/wall/windowing.ts). */
export const WINDOWED = 'data-windowed';
export const LIST = `#moments[${WINDOWED}]`;
/** Set on <html> while a windowed wall's page holds its filtered count and its options' counts (src/prepaint/), till the app has rendered them. */
export const HELD = 'data-prepaint-held';

/** The cards of the wall. */
export const CARDS = '#moments > li';
/** Inside a card: its caption, which a search reads. */
export const CAPTION = 'data-caption';
