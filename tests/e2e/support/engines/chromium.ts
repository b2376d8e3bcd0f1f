// Chromium, through playwright-core, as the rest of the e2e suite drives it.
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../../scripts/measure/find-chromium.mjs';
import type { Engine, Key } from './driver';
import { WATCHER } from './in-page';

const KEYS: Partial<Record<Key, string>> = { ' ': 'Space' };

export async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_FLAGS], headless: true });
  return {
    name: 'chromium',
    async newTab({ width, height }) {
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'no-preference' });
      context.setDefaultTimeout(10_000);
      await context.addInitScript(WATCHER);
      const page = await context.newPage();
      return {
        async goto(url) {
          await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
        },
        evaluate: (expression) => page.evaluate(expression),
        click: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(KEYS[key] ?? key),
        async back() {
          await page.goBack();
        },
        async screenshot(path) {
          await page.screenshot({ path });
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
