// Which journey runs in which engine, and why not: the one table. A journey runs in Chromium,
// Firefox and WebKit unless its row names an engine with the reason it does not run there (the
// test then shows as skipped with that reason). The journeys are this folder's *.test.ts, each
// written once over the driver layer (tests/e2e/support/engines/); docs/decisions/ 006 lists each
// feature an engine lacks, its fallback and the journey that covers it.
import type { EngineName } from '../support/engines/driver';

type Row = Partial<Record<EngineName, string>>;

/**
 * Why a journey does not run in Chromium: the Chromium suite (tests/e2e/wall, filters, moment,
 * photos, site) already drives the same journey there, with Playwright's own means (touch, CPU
 * throttling, request interception) and often more closely. A second copy over the driver layer
 * would cost suite time and find nothing new; the engine journeys are for Firefox and WebKit.
 * "The wall and its moments" still runs in Chromium, so that the layer's Chromium driver is kept working.
 */
const chromiumSuite = (where: string) => `covered by the Chromium suite: tests/e2e/${where}`;

export const JOURNEYS = {
  // wall.test.ts: every card in order, named and counted, each leading to its moment's address; a
  // moment's address opened cold is its own page.
  'the wall and its moments': {},
  // moment.test.ts: opened by a click on its card, stepped by → and ← and the Next and Previous
  // links, closed by Escape with focus back on the card of the moment last shown, on screen.
  'a moment opened, stepped, closed by Escape, focus back on its card': {
    chromium: chromiumSuite(`moment/dialog.test.ts ('Next and Previous moment, and the arrow keys…', 'Escape closes it…') and moment/dialog-motion.test.ts ('Escape after moving on and back…')`),
  },
  // filters.test.ts: every person and award with its count; people together narrow, awards widen;
  // a second click takes a filter off; Clear all.
  // A click on a second award used to land beside it in 3 of 15 soak runs: the wall's moving cards
  // held the page long, and when they stopped it shrank and the sticky filters jumped (wall-reflow.ts's clipDuring).
  'person and award filters with counts, together, any of, Clear all': {},
  // filters.test.ts: Tab to the search, type, ↓ ↑ wrap, Enter chooses, Escape closes the list, then empties the field.
  'Find a person by keyboard': {
    chromium: chromiumSuite(`filters/filters.test.ts ('"Find a person" with the keyboard alone…')`),
  },
  // filters.test.ts: at 390 px (WebKit: 447, its narrowest window) the Filters button opens the
  // sheet with focus inside; a choice applies behind it; Escape, a click on the backdrop and Done
  // close it with focus back on the button.
  'the Filters sheet at phone width': {
    chromium: chromiumSuite(`filters/filters.test.ts ('the sheet is a modal dialog: focus moves in and back, Escape and a tap on the backdrop close it…')`),
  },
  // moment.test.ts: a finger swiped left on the dialog's heading steps on, right steps back
  // (pointer events of pointerType "touch": Chromium's DevTools touch, Firefox's BiDi touch actions).
  'a moment stepped by a finger swiped sideways': {
    chromium: chromiumSuite(`moment/dialog-phone.test.ts ('a sideways swipe on the heading steps…') and moment/dialog-motion.test.ts ('a swipe left on the artwork…')`),
    webkit:
      'WebKitWebDriver (WebKitGTK 2.50) turns touch actions into a mouse (pointerType "mouse", ' +
      'navigator.maxTouchPoints 0), and a mouse drag rightly steps nothing: no finger can be put on the page there',
  },
  // moment.test.ts: Close goes back to the wall's entry; Back after a step closes the dialog onto
  // the card last shown; focus on that card, on screen.
  'a moment closed by Close and by Back, focus back on its card': {
    chromium: chromiumSuite(`moment/dialog.test.ts ('Close closes it'), moment/dialog-motion.test.ts ('one Back closes it…') and moment/quick-hands.test.ts ('closing after stepping lands on the card…')`),
  },
  // moment.test.ts: a double click on a card opens one dialog (one history entry); Escape then a
  // click beside goes back exactly once, never off the site.
  'quick hands: a double click on a card, Escape then a click beside': {
    chromium: chromiumSuite(`moment/quick-hands.test.ts ('a double click on a card opens one dialog…', '…Escape then a click on the backdrop goes back exactly once…')`),
  },
  // moment.test.ts: a double click on Close goes back once; its second click, which lands on the
  // card beneath, opens nothing (Firefox reopened a moment there before openOnce's fix).
  'quick hands: a double click on Close': {
    chromium: chromiumSuite(`moment/quick-hands.test.ts ('in a fresh tab, a double click on Close goes back exactly once…')`),
    webkit:
      'WebKitWebDriver sends the second click of a double click only once the page has handled the first; ' +
      'closing takes the page up to 750 ms on a busy machine, so the second comes as a click of its own ' +
      '(detail 1), rightly opening the card beneath: no double click can be made there on purpose',
  },
  // moment.test.ts: no engine here has a share sheet; Share copies the moment's address or shows it to copy.
  'Share’s copy fallback': {
    chromium: chromiumSuite(`moment/dialog.test.ts ('Share copies the moment’s own address…'; the refused clipboard in tests/components/moment/share-button.test.tsx)`),
  },
  // addresses.test.ts: a moment's address opened cold is its page; a filtered address shows its
  // moments with its filter chosen, and a second person leads on to both together.
  'a shared moment address and a shared filtered address': {
    chromium: chromiumSuite(`site/static-site.test.ts and wall/wall.test.ts ('a filtered address opened cold shows that filter')`),
  },
  // addresses.test.ts: the app's script answered empty by a proxy (script-gate.ts): the moment's
  // page, the filtered wall, each filter and Clear all as plain links.
  'shared addresses without the app’s script: the moment, the filtered wall, its links': {
    chromium: chromiumSuite(`filters/shared-links.test.ts ('a filtered address, with the app’s script never arriving…') and wall/moments.test.ts ('every moment page is in the HTML itself…')`),
  },
  // addresses.test.ts: the Filters button opens the sheet before and without the app (an invoker
  // command; in WebKit, which lacks them, popovertarget), and a person in it leads on.
  'the Filters sheet at phone width without the app’s script: it opens, and a person in it leads to the filtered wall': {
    chromium: chromiumSuite(`filters/shared-links.test.ts ('on a phone, the filter sheet opens, and a person chosen in it leads to the filtered wall')`),
  },
  // addresses.test.ts: /moments/selena-gomes-and-rema/ (404) suggests the moment; /?person=taylor-swit suggests her.
  'a mistyped address: the not-found page asks "Did you mean" the moment, which leads to it': {
    chromium: chromiumSuite(`site/addresses.test.ts ('a mistyped moment address…', '/?person=taylor-swit asks "Did you mean Taylor Swift?"…')`),
  },
  // screens.test.ts: a filtered wall, the dialog, a moment page and the not-found page (the plain
  // wall is the filtered wall with less on it) at 320, 768, 1024 and 1440 px (Chromium also 390;
  // WebKit from 447 px: its window is never narrower, and the pages' CSP (frame-ancestors 'none')
  // forbids trying the narrower widths in an <iframe>): no sideways scroll, every control wholly
  // on screen and at least 24×24 px (support/fit.ts).
  'every control fits and can be hit at the widths each engine can take': {
    chromium: chromiumSuite(`wall/widths.test.ts`),
  },
  // screens.test.ts: the same screens, once each: axe-core's browser build finds no violation, and
  // the watcher's record (uncaught errors, rejections, console errors and warnings,
  // securitypolicyviolation events) is read on purpose, empty. In WebKit the watcher starts after
  // load (classic WebDriver runs no script before the page's): an error thrown while the page
  // loads shows there only as an app that never hydrates, which every journey waits for.
  'axe-core finds no violation, and no page error or CSP violation, on a filtered wall, the dialog, a moment page, the not-found page': {
    chromium: chromiumSuite(`site/axe.test.ts and site/csp.test.ts (and every Chromium test fails on a page error)`),
  },
  'axe-core finds no violation at phone width with the Filters sheet open': {
    chromium: chromiumSuite(`site/axe.test.ts ('on a phone, with the filter sheet open')`),
  },
  // moment.test.ts: the glide is seen to start (Element.animate and inline transforms recorded
  // in the page, support/motion.ts), so that the reduced-motion journey's "none" means something.
  'with motion, a moment’s artwork glides from its card into the dialog': {
    chromium: chromiumSuite(`moment/dialog-motion.test.ts ('the artwork grows from the card into the dialog')`),
  },
  // motion.test.ts: each browser launched asking for less motion (Chromium's context setting,
  // Firefox's ui.prefersReducedMotion, WebKitGTK's gtk-enable-animations=0).
  'reduced motion: a moment opens with its artwork in place at once, the dialog only fading': {
    chromium: chromiumSuite(`moment/dialog-motion.test.ts ('with prefers-reduced-motion, it is in its final place at once…')`),
  },
  // search.test.ts: "RENEE" typed into "Search moments" finds Reneé (the wall, its count, the
  // address, one history entry); Escape, Clear all and the empty state's "Clear the search" empty it.
  'a search typed in the box: the wall, its count and the address follow; Escape, Clear all and "Clear the search" empty it': {
    chromium: chromiumSuite(`filters/search.test.ts ('typing narrows the wall letter by letter…', 'a search that finds nothing says so and offers to clear it…')`),
  },
  // search.test.ts: /?q=taylor through the proxy that withholds the app's script (what the first
  // paint shows, kept): the wall, the box, the chip, the links keeping the search; Enter submits
  // the box as a GET form and the page's inline script keeps the person.
  'a shared ?q= link as first painted, without the app’s script: its wall, box, chip and links; Enter submits the form': {
    chromium: chromiumSuite(`filters/search.test.ts ('with the app’s script never arriving…', 'with JavaScript off…', and the first paint itself in 'with the app: … before it runs')`),
  },
  // search.test.ts: /?q=renee once the app has hydrated: the box keeps the search, typing goes on, Back returns.
  'a shared ?q= link once the app runs: the same wall and box, and typing goes on from there; Back returns to it': {
    chromium: chromiumSuite(`filters/search.test.ts ('with the app: the box, the chip, the count and the wall before it runs…')`),
  },
  // search.test.ts: at 390 px (WebKit: 447) the box is in the Filters sheet, which says the count.
  'the search at phone width: in the Filters sheet, counted there; Escape empties the box, then closes the sheet': {
    chromium: chromiumSuite(`filters/search.test.ts ('the search is in the filter sheet…')`),
  },
  // zoom.test.ts: the sample site's 16:9 photo in the dialog: + + - 0, the live region's level,
  // the transform drawn; Escape fits, a second Escape closes. (WebKit once lost the first +: the
  // keys were listened for in a passive effect, which can run after the controls are painted; they
  // are now listened for before, use-zoom.ts.)
  'zoom in the dialog by keys: + and - step, 0 fits, the level is said; Escape leaves the zoom first, then closes': {
    chromium: chromiumSuite(`photos/zoom.test.ts ('+ zooms and says so…; Escape leaves the zoom first, then closes')`),
  },
  // zoom.test.ts: Zoom in, Zoom out and Fit; a double click zooms to 250 %, a second fits.
  'zoom in the dialog by its buttons and by a double click on the photo': {
    chromium: chromiumSuite(`photos/zoom.test.ts ('the buttons zoom and fit…; a double click toggles')`),
  },
  // windowed.test.ts: the 1,000-moment build (support/large-site.ts) scrolled far in three steps:
  // the cards in the page in the catalogue's order, the element budget; a far card opened and
  // closed by Escape, focus back on it, Tab to the next; End shows the last moment.
  'a wall of 1,000 moments scrolled far holds a few cards, in order; a far card opened and closed keeps focus; End reaches the last': {
    chromium: chromiumSuite(`wall/windowed.test.ts (every point, more closely: the wheel, a phone, 150 Tabs, a reload)`),
  },
  // windowed.test.ts: the same build without the app's script (support/engines/script-gate.ts):
  // the wall's first 12 cards, then Next page, the last page's number and Previous, each page's cards in order.
  'without the app’s script, the wall’s pager leads page by page to every moment: Next, a page’s number, Previous': {
    chromium: chromiumSuite(`wall/pages.test.ts (every page crawled, the pager hidden on a filtered wall, axe, the app on a page, 404s)`),
  },
} as const satisfies Record<string, Row>;

export type Journey = keyof typeof JOURNEYS;
