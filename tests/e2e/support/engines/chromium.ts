// Chromium, through playwright-core, as the rest of the e2e suite drives it.
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../../scripts/measure/find-chromium.mjs';
import type { Engine, EngineOptions } from './driver';
import { touchSwipe } from '../gestures';
import { WATCHER } from './in-page';
import { driverKey, pageTab } from './page-tab';

export async function launchChromium({ reducedMotion = false }: EngineOptions = {}): Promise<Engine> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_FLAGS], headless: true });
  return {
    name: 'chromium',
    async newTab({ width, height }) {
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
      context.setDefaultTimeout(10_000);
      await context.addInitScript(WATCHER);
      const page = await context.newPage();
      return pageTab(
        page,
        (key) => page.keyboard.press(driverKey(key)),
        (width, height) => page.setViewportSize({ width, height }),
        (x, y, dx, dy) => touchSwipe(page, x, y, dx, dy),
        () => context.close(),
      );
    },
    close: () => browser.close(),
  };
}
