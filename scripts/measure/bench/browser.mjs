// How `npm run bench` drives Chromium: an emulated phone (390×844, touch, 3× pixels) with the CPU
// slowed down by DevTools' throttling, and the load-and-scroll run (the filter clicks are in
// clicks.mjs). Every wait has a cap, so a wall that is busy for minutes gives "timed out",
// never a hung run. Times are taken inside the page, with performance.now() (milliseconds since
// the navigation started).
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../find-chromium.mjs';

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const SCROLL_MS = 3_000;

/** `promise`, or `undefined` once `ms` have passed (the promise is left to settle on its own). */
export function within(promise, ms) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export async function launch() {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_FLAGS], headless: true });
}

/**
 * A fresh phone context (cold cache) with the CPU slowed `cpuRate` times. A filter link is a real
 * link: clicked before the app has hydrated, the browser would load the filtered address (a
 * whole new page). That load is answered 204 (the browser then stays where it is), so a click
 * counts only once the app itself answers it.
 */
export async function openPhone(browser, cpuRate) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.route(
    (url) => url.searchParams.size > 0,
    (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
  );
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, cdp, errors, close: () => within(context.close(), 30_000) };
}

/** Resolves once the page has drawn `calmMs` of frames with no gap over 100 ms (or after `capMs`). */
export async function calm(page, capMs, calmMs = 500) {
  await within(
    page.evaluate(
      ([calmFor, cap]) =>
        new Promise((resolve) => {
          const start = performance.now();
          let since = start;
          let last = start;
          const frame = (now) => {
            if (now - last > 100) since = now;
            last = now;
            if (now - since >= calmFor || now - start > cap) resolve(undefined);
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
      [calmMs, capMs],
    ),
    capMs + 1_000,
  );
}

/**
 * Loads `url`, waits for it to settle, then scrolls from top to bottom in 3 s (a scroll position
 * per frame) and reports the first contentful paint, the most elements the document held while
 * scrolling, the longest animation frame (PerformanceObserver 'long-animation-frame': frames over
 * 50 ms; none is 0) and, after a garbage collection, the JS heap in use.
 */
export async function measureScroll(browser, url, { cpuRate, capMs }) {
  const phone = await openPhone(browser, cpuRate);
  const { page, cdp } = phone;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: capMs });
    await calm(page, capMs, 1_000);
    const scrolled = await within(
      page.evaluate(
        (duration) =>
          new Promise((resolve) => {
            const all = document.getElementsByTagName('*');
            let dom = all.length;
            let worst = 0;
            let frames = 0;
            const observer = new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) worst = Math.max(worst, entry.duration);
            });
            observer.observe({ type: 'long-animation-frame' });
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
            const start = performance.now();
            const frame = () => {
              const progress = Math.min(1, (performance.now() - start) / duration);
              const bottom = document.documentElement.scrollHeight - innerHeight;
              scrollTo({ top: progress * bottom, behavior: 'instant' });
              dom = Math.max(dom, all.length);
              frames += 1;
              if (progress < 1) return requestAnimationFrame(frame);
              // The last frames' entries arrive after they end.
              setTimeout(() => {
                for (const entry of observer.takeRecords()) worst = Math.max(worst, entry.duration);
                observer.disconnect();
                resolve({ fcp, dom: Math.max(dom, all.length), worstFrame: worst, frames, atBottom: scrollY >= bottom - 2 });
              }, 500);
            };
            requestAnimationFrame(frame);
          }),
        SCROLL_MS,
      ),
      capMs,
    );
    if (!scrolled) return { timedOut: true, errors: phone.errors };
    await within(cdp.send('HeapProfiler.collectGarbage'), capMs);
    const heap = await within(cdp.send('Runtime.getHeapUsage'), capMs);
    return { ...scrolled, heap: heap?.usedSize, timedOut: false, errors: phone.errors };
  } finally {
    await phone.close();
  }
}
