// The app's script held back or never arriving, as on a slow network or behind a blocker: what a
// prerendered page does before and without it.
import type { Page, Route } from 'playwright-core';

/** The app's script, which the prerendered page requests once it has painted. */
export const APP_SCRIPT = '**/assets/index-*.js';

/** The app's script never arrives (an empty answer: a blocked request would log an error). */
export async function withoutApp(page: Page): Promise<void> {
  await page.route(APP_SCRIPT, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
}

/** The app's script waits until `release()`; from then on it arrives at once. */
export async function holdApp(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** Whether the app has run the page (React's fiber is on its heading). */
export async function appRan(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.querySelector('h1')!).some((key) => key.startsWith('__reactFiber$')));
}
