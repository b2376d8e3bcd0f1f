// The one browser helper of the e2e tests. In a test file:
//
//   const browser = setupBrowser();
//   test('…', async () => {
//     const page = await browser.newPage();
//     await page.goto(url('/'));
//   });
//
// Chromium is launched once per file; each page gets its own fresh context (cookies, storage,
// history), closed after the test. Every uncaught page error and every console error or
// warning fails the test that caused it: the suite allows none, anywhere.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../scripts/measure/find-chromium.mjs';

/** The preview server's origin, e.g. http://127.0.0.1:41234. */
export const baseURL = inject('baseURL');

/** An absolute URL on the preview server for a path such as `/moments/x/` or `/?person=y`. */
export function url(path: string): string {
  return new URL(path, baseURL).href;
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface PageOptions {
  /** Defaults to a 1280×800 desktop window. */
  viewport?: { width: number; height: number };
  /** A phone: touch events, mobile viewport meta handling, 3× pixels. */
  phone?: boolean;
  hasTouch?: boolean;
  /** Device pixels per CSS pixel: 3 on a phone, 1 otherwise, unless given. */
  deviceScaleFactor?: number;
  /** Defaults to 'no-preference' (motion on), as most visitors have it. */
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
}

export interface BrowserSession {
  /** A new page in a new browser context, watched for errors. */
  newPage(options?: PageOptions): Promise<Page>;
  /**
   * Navigates to a path that is meant to answer 404 (the not-found page). Chromium reports
   * the document's own 404 status as a console error; that one message, for that one URL, is
   * the only console error not counted. Returns the response status.
   */
  gotoNotFound(page: Page, path: string): Promise<number | undefined>;
}

function describeMessage(message: ConsoleMessage): string {
  const { url: where, lineNumber } = message.location();
  const at = where ? ` (${where}${lineNumber ? `:${lineNumber}` : ''})` : '';
  return `console.${message.type()}: ${message.text()}${at}`;
}

export function setupBrowser(): BrowserSession {
  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();
  let problems: string[] = [];
  /** Main-document URLs a test navigated to expecting a 404. */
  const expected404 = new WeakMap<Page, Set<string>>();

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: inject('chromiumPath'),
      args: [...CHROMIUM_FLAGS],
      headless: true,
    });
  });

  afterEach(async () => {
    const open = [...contexts];
    contexts.clear();
    await Promise.all(open.map((context) => context.close()));
    const found = problems;
    problems = [];
    if (found.length > 0) {
      throw new Error(`The page reported ${found.length} error(s) or warning(s):\n${found.join('\n')}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });

  function watch(page: Page): void {
    page.on('pageerror', (error) => {
      problems.push(`uncaught ${error.name}: ${error.message} on ${page.url()}`);
    });
    page.on('console', (message) => {
      const type = message.type();
      if (type !== 'error' && type !== 'warning') return;
      const where = message.location().url;
      const isExpected404 =
        type === 'error' &&
        /^Failed to load resource: the server responded with a status of 404\b/.test(message.text()) &&
        expected404.get(page)?.has(where);
      if (!isExpected404) problems.push(`${describeMessage(message)} on ${page.url()}`);
    });
  }

  return {
    async newPage(options = {}) {
      if (!browser) throw new Error('setupBrowser(): the browser is not launched yet (call newPage inside a test)');
      const phone = options.phone ?? false;
      const contextOptions: BrowserContextOptions = {
        viewport: options.viewport ?? (phone ? PHONE : DESKTOP),
        hasTouch: options.hasTouch ?? phone,
        isMobile: phone,
        deviceScaleFactor: options.deviceScaleFactor ?? (phone ? 3 : 1),
        reducedMotion: options.reducedMotion ?? 'no-preference',
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        baseURL,
      };
      const context = await browser.newContext(contextOptions);
      contexts.add(context);
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(15_000);
      const page = await context.newPage();
      watch(page);
      return page;
    },

    async gotoNotFound(page, path) {
      const target = url(path);
      const urls = expected404.get(page) ?? new Set<string>();
      urls.add(target);
      expected404.set(page, urls);
      const response = await page.goto(target);
      return response?.status();
    },
  };
}
