// Chromium's and Firefox's drivers (playwright-core, puppeteer-core) share the shape of a page:
// one NativeTab serves both.
import type { Key, NativeTab } from './driver';

/** What playwright-core's and puppeteer-core's Page both have. */
export interface DriverPage {
  goto(url: string, options: { waitUntil: 'load'; timeout: number }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  mouse: { click(x: number, y: number, options?: { clickCount?: number; count?: number }): Promise<unknown> };
  keyboard: { type(text: string): Promise<unknown> };
  goBack(): Promise<unknown>;
  screenshot(options: { path: string }): Promise<unknown>;
}

/** Space is "Space" to both drivers; every other key is its DOM name. */
export const driverKey = (key: Key) => (key === ' ' ? 'Space' : key);

export function pageTab(
  page: DriverPage,
  press: (key: Key) => Promise<unknown>,
  resize: (width: number, height: number) => Promise<unknown>,
  swipe: (x: number, y: number, dx: number, dy: number) => Promise<unknown>,
  close: () => Promise<void>,
): NativeTab {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    },
    evaluate: (expression) => page.evaluate(expression),
    async click(x, y) {
      await page.mouse.click(x, y);
    },
    async doubleClick(x, y) {
      // Playwright counts clicks by clickCount, puppeteer by count: each ignores the other's.
      await page.mouse.click(x, y, { clickCount: 2, count: 2 });
    },
    async press(key) {
      await press(key);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async back() {
      await page.goBack();
    },
    async swipe(x, y, dx, dy) {
      await swipe(x, y, dx, dy);
    },
    async resize(width, height) {
      await resize(width, height);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close,
  };
}
