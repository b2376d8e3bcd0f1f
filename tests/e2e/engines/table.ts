// Which journey runs in which engine, and why not: the one table. A journey runs in Chromium,
// Firefox and WebKit unless its row names an engine with the reason it does not run there (the
// test then shows as skipped with that reason). The journeys are this folder's *.test.ts, each
// written once over the driver layer (tests/e2e/support/engines/); docs/decisions/ 006 lists each
// feature an engine lacks, its fallback and the journey that covers it.
import type { EngineName } from '../support/engines/driver';

type Row = Partial<Record<EngineName, string>>;

export const JOURNEYS = {
  // wall.test.ts: every card in order, named and counted, each leading to its moment's address; a
  // moment's address opened cold is its own page.
  'the wall and its moments': {},
  // moment.test.ts: opened by a click on its card, stepped by → and ← and the Next and Previous
  // links, closed by Escape with focus back on the card of the moment last shown, on screen.
  'a moment opened, stepped, closed by Escape, focus back on its card': {},
  // filters.test.ts: every person and award with its count; people together narrow, awards widen;
  // a second click takes a filter off; Clear all.
  // A click on a second award used to land beside it in 3 of 15 soak runs: the wall's moving cards
  // held the page long, and when they stopped it shrank and the sticky filters jumped (wall-reflow.ts's clipDuring).
  'person and award filters with counts, together, any of, Clear all': {},
  // filters.test.ts: Tab to the search, type, ↓ ↑ wrap, Enter chooses, Escape closes the list, then empties the field.
  'Find a person by keyboard': {},
  // filters.test.ts: at 390 px (WebKit: 447, its narrowest window) the Filters button opens the
  // sheet with focus inside; a choice applies behind it; Escape, a click on the backdrop and Done
  // close it with focus back on the button.
  'the Filters sheet at phone width': {},
  // moment.test.ts: a finger swiped left on the dialog's heading steps on, right steps back
  // (pointer events of pointerType "touch": Chromium's DevTools touch, Firefox's BiDi touch actions).
  'a moment stepped by a finger swiped sideways': {
    webkit:
      'WebKitWebDriver (WebKitGTK 2.50) turns touch actions into a mouse (pointerType "mouse", ' +
      'navigator.maxTouchPoints 0), and a mouse drag rightly steps nothing: no finger can be put on the page there',
  },
  // moment.test.ts: Close goes back to the wall's entry; Back after a step closes the dialog onto
  // the card last shown; focus on that card, on screen.
  'a moment closed by Close and by Back, focus back on its card': {},
  // moment.test.ts: a double click on a card opens one dialog (one history entry); Escape then a
  // click beside goes back exactly once, never off the site.
  'quick hands: a double click on a card, Escape then a click beside': {},
  // moment.test.ts: a double click on Close goes back once; its second click, which lands on the
  // card beneath, opens nothing (Firefox reopened a moment there before openOnce's fix).
  'quick hands: a double click on Close': {
    webkit:
      'WebKitWebDriver sends the second click of a double click only once the page has handled the first; ' +
      'closing takes the page up to 750 ms on a busy machine, so the second comes as a click of its own ' +
      '(detail 1), rightly opening the card beneath: no double click can be made there on purpose',
  },
  // moment.test.ts: no engine here has a share sheet; Share copies the moment's address or shows it to copy.
  'Share’s copy fallback': {},
  // addresses.test.ts: a moment's address opened cold is its page; a filtered address shows its
  // moments with its filter chosen, and a second person leads on to both together.
  'a shared moment address and a shared filtered address': {},
  // addresses.test.ts: the app's script answered empty by a proxy (script-gate.ts): the moment's
  // page, the filtered wall, each filter and Clear all as plain links.
  'shared addresses without the app’s script: the moment, the filtered wall, its links': {},
  // addresses.test.ts: the Filters button opens the sheet before and without the app (an invoker
  // command; in WebKit, which lacks them, popovertarget), and a person in it leads on.
  'the Filters sheet at phone width without the app’s script: it opens, and a person in it leads to the filtered wall': {},
  // addresses.test.ts: /moments/selena-gomes-and-rema/ (404) suggests the moment; /?person=taylor-swit suggests her.
  'a mistyped address: the not-found page asks "Did you mean" the moment, which leads to it': {},
  // screens.test.ts: the wall, a filtered wall, the dialog, a moment page and the not-found page at
  // 320, 390, 768, 1024 and 1440 px (support/fit.ts: no sideways scroll, every control wholly on
  // screen and at least 24×24 px). WebKit from 447 px: its window is never narrower, and the
  // pages' CSP (frame-ancestors 'none') forbids trying the narrower widths in an <iframe>.
  'every control fits and can be hit at the widths each engine can take': {},
  // screens.test.ts: axe-core's browser build run in each engine.
  'axe-core finds no violation on the wall, a filtered wall, the dialog, a moment page, the not-found page': {},
  'axe-core finds no violation at phone width with the Filters sheet open': {},
  // screens.test.ts: the watcher's record (uncaught errors, rejections, console errors and
  // warnings, securitypolicyviolation events) read on purpose on each kind of page. In WebKit the
  // watcher starts after load (classic WebDriver runs no script before the page's): an error
  // thrown while the page loads shows there only as an app that never hydrates, which every
  // journey waits for.
  'no page error and no CSP violation on any kind of page': {},
  // moment.test.ts: the glide is seen to start (Element.animate and inline transforms recorded
  // in the page, support/motion.ts), so that the reduced-motion journey's "none" means something.
  'with motion, a moment’s artwork glides from its card into the dialog': {},
  // motion.test.ts: each browser launched asking for less motion (Chromium's context setting,
  // Firefox's ui.prefersReducedMotion, WebKitGTK's gtk-enable-animations=0).
  'reduced motion: a moment opens with its artwork in place at once, the dialog only fading': {},
} as const satisfies Record<string, Row>;

export type Journey = keyof typeof JOURNEYS;
