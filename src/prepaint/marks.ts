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
  /** A "Clear all filters" link: no href while nothing is chosen. */
  clear: 'clear',
  /** The list of chosen filters, hidden when none is chosen. */
  chosenList: 'chosen-list',
  /** A person's or award's link: `data-facet="people"` plus `data-id`. */
  facet: 'data-facet',
  /** A chosen filter's "Remove …" link: `data-remove="people"` plus `data-id`. */
  remove: 'data-remove',
  /** An option's count, inside its link. */
  optionCount: 'data-option-count',
} as const;

/** The cards of the wall. */
export const CARDS = '#moments > li';
