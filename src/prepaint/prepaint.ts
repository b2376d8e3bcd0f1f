/**
 * A filtered address (`/?person=taylor-swift`) is served the prerendered wall of `/`. This runs
 * from the page's <head>, before the first paint, so that no frame shows a moment outside the
 * filter or a wrong count, with the app's script slow or never there:
 * - at once, a stylesheet hides the cards outside the filter (as the HTML streams in) and the
 *   parts whose text depends on the filter;
 * - once the document is parsed, `applyFilters` writes those parts as the app renders them
 *   (counts, chosen states, and links that lead from *this* address), then the stylesheet goes.
 * The app then hydrates what is on screen (see src/routes/use-first-paint-location.ts).
 */
import { CAPTION, CARDS, FINDING, HELD, LIST, mark } from './marks';
import {
  activeSearch,
  chosenCount,
  filterMoments,
  hasFilters,
  optionState,
  rejectedCardsSelector,
  withoutSearch,
  type FacetKind,
  type Filters,
  type KnownIds,
} from '../domain/filters';
import { countMoments, ofTotal } from '../domain/plural';
import { parseFilters } from '../domain/query';
import { paths } from '../paths';

const kinds = (value: string | undefined): FacetKind | undefined =>
  value === 'people' || value === 'awards' ? value : undefined;

function setLink(link: Element, href: string | undefined) {
  if (href === undefined) link.removeAttribute('href');
  else link.setAttribute('href', href);
  if (href === undefined) link.setAttribute('aria-disabled', 'true');
  else link.removeAttribute('aria-disabled');
}

/**
 * Writes the filters into a wall rendered without them, exactly as the app would render it. A
 * windowed wall's page lists only its first cards: from them no count can be known, so what
 * follows from the filters alone is written as the app renders it (the cards outside the filter
 * hidden, the box, the chips and their links, "1 chosen", Clear all, each option's link and
 * chosen state), the count says the moments are being found, and the options' counts stay held
 * back, unseen, till the app renders them (see `prepaint`).
 */
export function applyFilters(root: ParentNode, known: KnownIds, filters: Filters): void {
  const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  const text = (name: string, value: string) => all(`[${mark.attribute}="${name}"]`).forEach((element) => (element.textContent = value));
  const cards = all(CARDS).map((card) => ({
    card,
    people: (card.dataset.people ?? '').split(' '),
    awards: (card.dataset.awards ?? '').split(' ').filter(Boolean),
    caption: card.querySelector(`[${CAPTION}]`)?.textContent ?? '',
  }));
  // What the app shows and counts, by the app's own functions, over the cards the page lists.
  const faceted = { ...known, moments: cards };
  const shown = filterMoments(faceted, filters);
  cards.forEach((entry) => (entry.card.hidden = !shown.includes(entry)));
  shown.forEach((entry, index) => entry.card.style.setProperty('--i', String(index)));
  // The attribute, as the app renders it; and the value itself, so that hydration (which sets the
  // attribute to the prerendered address's empty search) cannot empty the box on screen.
  for (const box of all(`[${mark.attribute}="${mark.searchBox}"]`) as HTMLInputElement[]) {
    box.setAttribute('value', filters.search ?? '');
    box.value = filters.search ?? '';
  }
  all(`[${mark.attribute}="${mark.pages}"]`).forEach((pager) => (pager.hidden = hasFilters(filters)));
  const partial = isPartial(root);

  const chosen = chosenCount(filters);
  const search = activeSearch(filters);
  const searching = search !== '';
  const hide = (name: string, hidden: boolean) => all(`[${mark.attribute}="${name}"]`).forEach((element) => (element.hidden = hidden));
  text(mark.shown, partial ? FINDING : countMoments(shown.length));
  text(mark.search, search);
  hide(mark.noneSearched, !searching);
  hide(mark.noneFiltered, searching);
  hide(mark.searchChip, !searching);
  all(`[${mark.attribute}="${mark.clearSearch}"]`).forEach((link) => setLink(link, paths.wall.getHref(withoutSearch(filters))));
  text(mark.ofTotal, partial ? '' : ofTotal(hasFilters(filters), cards.length));
  text(mark.chosen, `${chosen} chosen`);
  hide(mark.chosen, chosen === 0);
  hide(mark.chosenList, chosen === 0);
  // (On a windowed wall, whether none matches is not known yet: the message stays hidden.)
  if (!partial) hide(mark.none, shown.length > 0);
  all(`[${mark.attribute}="${mark.clear}"]`).forEach((link) => setLink(link, chosen > 0 ? paths.wall.getHref() : undefined));

  for (const link of all(`[${mark.facet}]`)) {
    const kind = kinds(link.getAttribute(mark.facet) ?? undefined);
    if (!kind) continue;
    const option = optionState(faceted, filters, kind, link.dataset.id ?? '');
    // A windowed wall's options are all open till the app has counted them.
    setLink(link, option.disabled && !partial ? undefined : paths.wall.getHref(option.next));
    if (option.selected) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
    if (partial) continue;
    const count = link.querySelector(`[${mark.optionCount}]`);
    if (count) count.textContent = String(option.count);
    const description = link.getAttribute('aria-describedby');
    const said = description ? root.querySelector(`[id="${description}"]`) : null;
    if (said) said.textContent = countMoments(option.count);
  }
  for (const link of all(`[${mark.remove}]`)) {
    const kind = kinds(link.getAttribute(mark.remove) ?? undefined);
    if (!kind) continue;
    const option = optionState(faceted, filters, kind, link.dataset.id ?? '');
    link.parentElement!.hidden = !option.selected;
    link.setAttribute('href', paths.wall.getHref(option.next));
  }
}

/** A windowed wall's page, which lists only its first cards (src/components/wall/windowing.ts). */
const isPartial = (root: ParentNode) => root.querySelector(LIST) !== null;

/** What a windowed wall's page cannot write till the app has counted: each option's count. */
const heldParts = `[${mark.optionCount}]`;

/** How long before the parsed document can be written: hide what would show wrong till then. */
const pendingRules = (filters: Filters) =>
  [`${rejectedCardsSelector(CARDS, filters)}{display:none!important}`, `[${mark.attribute}],[${mark.facet}],[${mark.remove}]{visibility:hidden!important}`];

/** The whole job, from the page's <head>: nothing to do on the unfiltered wall. */
export function prepaint(doc: Document, search: string, known: KnownIds): void {
  const { filters } = parseFilters(search, known);
  // (A search of no words, "!!!", narrows nothing, but its box still says it.)
  if (!hasFilters(filters) && !filters.search) return;
  let sheet: CSSStyleSheet | undefined;
  try {
    sheet = new CSSStyleSheet();
    for (const rule of pendingRules(filters)) sheet.insertRule(rule);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: the page is written once parsed, as below.
  }
  // A search typed before the app runs keeps this address's people and awards (a plain GET form
  // would drop them); once the app runs, it answers the form itself (and cancels the submission).
  doc.addEventListener('submit', (event) => {
    const box = (event.target as Element).querySelector<HTMLInputElement>(`[${mark.attribute}="${mark.searchBox}"]`);
    if (!box || event.defaultPrevented) return;
    event.preventDefault();
    doc.defaultView!.location.assign(paths.wall.getHref({ ...filters, search: box.value }));
  });
  const write = () => {
    applyFilters(doc, known, filters);
    if (!isPartial(doc)) {
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((other) => other !== sheet);
      return;
    }
    // A windowed wall: the options' counts stay unseen, not wrong, till the app has rendered them
    // and lets them go (src/routes/use-first-paint-location.ts removes the attribute).
    doc.documentElement.setAttribute(HELD, '');
    try {
      sheet?.replaceSync(`html[${HELD}] :is(${heldParts}){visibility:hidden!important}`);
    } catch {
      // The cards are hidden by their attribute already; the counts show the whole wall's till the app runs.
    }
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', write, { once: true });
  else write();
}
