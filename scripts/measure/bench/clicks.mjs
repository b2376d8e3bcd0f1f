// The filter clicks of `npm run bench`: time to interactive, then click → new count and click →
// the frame that shows it, on the phone's Filters sheet; then the same for a search typed into
// the sheet's box. Event Timing (INP) would end at the click's handler, frames before the new
// count shows (the router's navigations are React transitions), so the page itself notes when the
// count's text changes and when that frame is done.
import { calm, openPhone, within } from './browser.mjs';

/**
 * Arms the page: remembers the sheet's count, then notes every click (when it landed, and
 * whether the app took it: a link the app follows has its default prevented by the time the
 * click bubbles to the window) and every input event (a search box changed: the app's to take),
 * when the count's text first changes, and when the frame after that change has been drawn (the
 * task after the next requestAnimationFrame: that frame's rendering is done by then).
 */
function arm(page) {
  return page.evaluate(() => {
    const status = document.querySelector('dialog[open] [role="status"]');
    if (!status) return undefined;
    window.__benchProbe?.stop();
    const listening = new AbortController();
    /** When the frame after now has been drawn (the task after its animation frame), `probe[key]`. */
    const afterFrame = (key) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe[key] = performance.now();
        };
        channel.port2.postMessage(undefined);
      });
    const observer = new MutationObserver(() => {
      if (status.textContent === probe.before || probe.count !== undefined) return;
      probe.count = performance.now();
      observer.disconnect();
      afterFrame('frame');
    });
    // The wall's cards follow the count a frame later (docs/decisions/008): when its list first
    // changes, and the end of the frame that shows it.
    const list = document.getElementById('moments');
    const cards = new MutationObserver(() => {
      if (probe.wall !== undefined) return;
      probe.wall = performance.now();
      cards.disconnect();
      afterFrame('wallFrame');
    });
    const probe = {
      status,
      before: status.textContent,
      clicks: [],
      count: undefined,
      frame: undefined,
      wall: undefined,
      wallFrame: undefined,
      stop: () => {
        listening.abort();
        observer.disconnect();
        cards.disconnect();
      },
    };
    if (list) cards.observe(list, { childList: true });
    window.__benchProbe = probe;
    const options = { signal: listening.signal };
    addEventListener('click', (event) => void probe.clicks.push({ at: event.timeStamp || performance.now(), taken: false }), { ...options, capture: true });
    addEventListener(
      'click',
      (event) => {
        const click = probe.clicks.at(-1);
        if (click) click.taken = event.defaultPrevented;
      },
      options,
    );
    addEventListener('input', (event) => void probe.clicks.push({ at: event.timeStamp || performance.now(), taken: true }), { ...options, capture: true });
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    return probe.before;
  });
}

const probeOf = (page) =>
  page.evaluate(() => {
    const { status, before, clicks, count, frame, wallFrame } = window.__benchProbe ?? {};
    const shown = document.querySelector('dialog[open] [role="status"]')?.textContent;
    return { before, clicks, count, frame, wallFrame, watched: status?.isConnected === true && status === document.querySelector('dialog[open] [role="status"]'), shown };
  });

/** Notes in `result.cards` when the frame showing the wall's changed cards ended (after the page settled); says it. */
function cardsFrame(probe, start, result) {
  if (probe?.wallFrame === undefined) return 'not seen';
  result.cards.push(probe.wallFrame - start);
  return `${Math.round(probe.wallFrame - start)} ms`;
}

/** Waits until the armed probe has seen its frame, polling from here; undefined after `capMs`. */
async function framed(page, capMs) {
  const done = await within(
    page.waitForFunction(() => window.__benchProbe?.frame !== undefined, undefined, { polling: 50, timeout: capMs }).then(
      () => true,
      () => false,
    ),
    capMs + 1_000,
  );
  return done ? within(probeOf(page), 5_000) : undefined;
}

const personLink = (page) => page.locator('dialog[open] a[data-facet="people"]').first();
const searchBox = (page) => page.locator('dialog[open] input[type="search"]');

/**
 * A word to search for: of the first card's caption, the one (of four letters or more) that the
 * fewest cards' captions on the page have, so that searching it changes the count.
 */
const searchWord = (page) =>
  page.evaluate(() => {
    const captions = [...document.querySelectorAll('#moments > li [data-caption]')].map((caption) => caption.textContent.toLowerCase());
    const words = [...new Set((captions[0] ?? '').match(/\p{L}{4,}/gu) ?? [])];
    const cards = (word) => captions.filter((caption) => caption.includes(word)).length;
    return words.sort((a, b) => cards(a) - cards(b))[0];
  });

/** Opens the Filters sheet (a native dialog: it opens before the app has hydrated too). */
async function openSheet(page, capMs) {
  await page.getByRole('button', { name: /^Filters\b/ }).tap({ timeout: capMs });
  await page.locator('dialog[open] [role="status"]').waitFor({ timeout: capMs });
}

/**
 * The wall at `url`: time to interactive (navigation start to the frame that shows the count
 * changed by the first click the app answered, tapping the first person of the Filters sheet,
 * the one with the most moments, every 250 ms until then), then `clicks` more taps on that
 * person (on, off, on…), each timed click → new count and click → its frame, each capped at
 * `clickCapMs`. After a click that times out, the next waits until the page has settled. The
 * clicks stop after `seriesCapMs`, tried or not. Then `searches` searches (measureSearches), in
 * as long again.
 */
export async function measureClicks(browser, url, { cpuRate, clicks, searches = 0, clickCapMs, ttiCapMs, seriesCapMs }) {
  const phone = await openPhone(browser, cpuRate);
  const { page } = phone;
  const result = { tti: undefined, ttiTimedOut: false, count: [], frame: [], cards: [], timedOut: { count: 0, frame: 0 }, trace: [], errors: phone.errors };
  try {
    const start = Date.now();
    const left = () => ttiCapMs - (Date.now() - start);
    await page.goto(url, { waitUntil: 'commit', timeout: ttiCapMs });
    await openSheet(page, left());
    // Armed once: a click the app takes late (or replays after hydrating) still counts.
    if ((await within(arm(page), Math.max(1, left()))) === undefined) throw new Error('the Filters sheet has no count');
    while (result.tti === undefined && left() > 0) {
      const tapped = Date.now();
      await personLink(page).tap({ timeout: Math.max(1, left()), noWaitAfter: true }).catch(() => {});
      const probe = await within(probeOf(page), Math.max(1, left()));
      const taken = probe?.clicks.some((click) => click.taken);
      // Taken: wait for its frame, however long. Not yet: tap again in 250 ms.
      const seen = await framed(page, Math.max(1, taken ? left() : Math.min(left(), 250 - (Date.now() - tapped))));
      if (seen) result.tti = seen.frame;
    }
    if (result.tti === undefined) {
      result.ttiTimedOut = true;
      return result;
    }
    // The first click's work (and what the app loads once idle) before the series starts.
    await calm(page, 3 * clickCapMs);
    const seriesEnd = Date.now() + seriesCapMs;
    for (let index = 0; index < clicks && Date.now() < seriesEnd; index++) {
      const before = await within(arm(page), clickCapMs);
      if (before === undefined) {
        result.trace.push('the page did not answer before a click: the series stops');
        break;
      }
      await personLink(page).tap({ timeout: clickCapMs, noWaitAfter: true });
      const probe = await framed(page, clickCapMs);
      if (!probe) {
        const late = await within(probeOf(page), 5_000);
        const click = late?.clicks[0]?.at;
        // The count may have changed in time while the frame showing it had not come yet.
        if (late?.count !== undefined && click !== undefined && late.count - click <= clickCapMs) result.count.push(late.count - click);
        else result.timedOut.count += 1;
        result.timedOut.frame += 1;
        const seen = late
          ? `${late.clicks.length} click(s) landed, ${late.clicks.filter((each) => each.taken).length} taken by the app; the count changed ${late.count === undefined ? 'not yet' : `after ${Math.round(late.count - (click ?? 0))} ms`}; the sheet says "${late.shown}"${late.watched ? '' : ' in a new element'}`
          : 'the page did not answer';
        // Let it finish that click before the next one, for as long as the series may take.
        const waited = Date.now();
        await calm(page, Math.max(1, seriesEnd - Date.now()));
        result.trace.push(`from "${before}": no new frame within ${clickCapMs / 1_000} s (${seen}); ${Math.round((Date.now() - waited) / 1_000)} s more to settle`);
        continue;
      }
      const click = probe.clicks[0]?.at;
      if (click === undefined) throw new Error('a tap on a person gave no click');
      result.count.push(probe.count - click);
      result.frame.push(probe.frame - click);
      const settling = Date.now();
      await calm(page, clickCapMs);
      const cards = cardsFrame(await within(probeOf(page), 5_000), click, result);
      result.trace.push(`from "${before}": count ${Math.round(probe.count - click)} ms, frame ${Math.round(probe.frame - click)} ms, cards' frame ${cards}, then ${Date.now() - settling} ms to settle`);
    }
    if (searches > 0 && Date.now() < seriesEnd) result.search = await measureSearches(page, { searches, capMs: clickCapMs, seriesEnd: Date.now() + seriesCapMs });
    return result;
  } finally {
    await phone.close();
  }
}

/**
 * `searches` changes of the sheet's search box, each timed input → new count and input → its
 * frame, capped at `capMs`: the box filled with a word of the wall (searchWord) and emptied
 * again, in turn, as a person pastes a word and clears it. A chosen person is first taken off,
 * so that the word changes the count. Stops at `seriesEnd`.
 */
async function measureSearches(page, { searches, capMs, seriesEnd }) {
  const result = { count: [], frame: [], cards: [], timedOut: { count: 0, frame: 0 }, trace: [] };
  const chosen = page.locator('dialog[open] a[data-facet="people"][aria-current]');
  if ((await chosen.count()) > 0) {
    await chosen.first().tap({ timeout: capMs });
    await calm(page, capMs);
  }
  const word = await within(searchWord(page), capMs);
  if (!word) {
    result.trace.push('no word to search for: the searches are skipped');
    return result;
  }
  for (let index = 0; index < searches && Date.now() < seriesEnd; index++) {
    const text = index % 2 === 0 ? word : '';
    const before = await within(arm(page), capMs);
    if (before === undefined) {
      result.trace.push('the page did not answer before a search: the series stops');
      break;
    }
    await searchBox(page).fill(text, { timeout: capMs });
    const probe = await framed(page, capMs);
    const input = probe?.clicks[0]?.at;
    if (!probe || input === undefined) {
      result.timedOut.count += 1;
      result.timedOut.frame += 1;
      result.trace.push(`search "${text}" from "${before}": no new frame within ${capMs / 1_000} s`);
      await calm(page, Math.max(1, seriesEnd - Date.now()));
      continue;
    }
    result.count.push(probe.count - input);
    result.frame.push(probe.frame - input);
    await calm(page, capMs);
    const cards = cardsFrame(await within(probeOf(page), 5_000), input, result);
    result.trace.push(`search "${text}" from "${before}": count ${Math.round(probe.count - input)} ms, frame ${Math.round(probe.frame - input)} ms, cards' frame ${cards}`);
  }
  return result;
}
