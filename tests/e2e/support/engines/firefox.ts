// Firefox: Debian's firefox-esr, through puppeteer-core over WebDriver BiDi (Playwright's
// Firefox needs its own patched build; puppeteer 25 needs Node 22).
import { existsSync } from 'node:fs';
import puppeteer, { type KeyInput } from 'puppeteer-core';
import type { Engine, EngineOptions } from './driver';
import { WATCHER } from './in-page';
import { driverKey, pageTab } from './page-tab';

/** Where Debian's firefox-esr package puts the browser; FIREFOX_PATH overrides it. */
const DEFAULT_FIREFOX = '/usr/lib/firefox-esr/firefox-esr';

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
      await page.setViewport({ width, height });
      await page.evaluateOnNewDocument(WATCHER);
      return pageTab(
        page,
        (key) => page.keyboard.press(driverKey(key) as KeyInput),
        (width, height) => page.setViewport({ width, height }),
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
