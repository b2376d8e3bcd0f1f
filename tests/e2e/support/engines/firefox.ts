// Firefox: Debian's firefox-esr, through puppeteer-core over WebDriver BiDi (Playwright's
// Firefox needs its own patched build; puppeteer 25 needs Node 22).
import { existsSync } from 'node:fs';
import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import type { Engine, EngineOptions } from './driver';
import { WATCHER } from './in-page';
import { driverKey, pageTab, type DriverPage } from './page-tab';

/** Where Debian's firefox-esr package puts the browser; FIREFOX_PATH overrides it. */
const DEFAULT_FIREFOX = '/usr/lib/firefox-esr/firefox-esr';

/**
 * Sizes the viewport. Puppeteer sends emulation.setScreenOrientationOverride beside it, which
 * Firefox 140 ESR (Debian's firefox-esr since 2026-12, after 153) does not know: the viewport is
 * set all the same, so that one refusal is let pass, once the page has the size.
 */
async function setViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('unknown command emulation.setScreenOrientationOverride'))) throw error;
    // (Polled from here: waitForFunction's in-page Function() is what the site's CSP refuses.)
    for (let tries = 0; ; tries += 1) {
      const [w, h] = await page.evaluate(() => [innerWidth, innerHeight]);
      if (w === width && h === height) return;
      if (tries === 100) throw new Error(`firefox: the viewport stayed ${w}×${h}, not ${width}×${height}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function launchFirefox({ reducedMotion = false }: EngineOptions = {}): Promise<Engine> {
  const executablePath = process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
  if (!existsSync(executablePath)) {
    throw new Error(`No Firefox at ${executablePath}: apt-get install firefox-esr (.ci/run does), set FIREFOX_PATH, or leave it out with ENGINES=chromium,webkit`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    // Quiet and offline: no update checks, telemetry or first-run pages.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      // The system's "reduce motion", which Firefox reports as prefers-reduced-motion (BiDi has
      // no per-page override here, and puppeteer's goes through CDP, which Firefox lacks).
      ...(reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
    },
  });
  return {
    name: 'firefox',
    async newTab({ width, height }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await setViewport(page, width, height);
      await page.evaluateOnNewDocument(WATCHER);
      // Back as a person's: Firefox 140 ESR does not tell puppeteer of a traversal within the
      // document (the wall's pushState entries), so its goBack waits out its timeout; the tests
      // poll for the address that follows.
      const driven: DriverPage = {
        goto: (url, options) => page.goto(url, options),
        evaluate: (expression) => page.evaluate(expression),
        mouse: page.mouse,
        keyboard: page.keyboard,
        goBack: () => page.evaluate('history.back()'),
        screenshot: (options) => page.screenshot(options),
      };
      return pageTab(
        driven,
        (key) => page.keyboard.press(driverKey(key) as KeyInput),
        (width, height) => setViewport(page, width, height),
        async (x, y, dx, dy) => {
          const steps = 6;
          const finger = await page.touchscreen.touchStart(x, y);
          for (let step = 1; step <= steps; step++) await finger.move(x + (dx * step) / steps, y + (dy * step) / steps);
          await finger.end();
        },
        () => context.close(),
      );
    },
    close: () => browser.close(),
  };
}
