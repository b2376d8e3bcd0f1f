// A windowed wall's pages (issue 21): the wall's own page lists only its first cards, so without
// JavaScript every other moment is reached through `/page/2/`, `/page/3/`, … (src/domain/pages.ts),
// each a real page with the next cards in the wall's order and a pager. The 1,000-moment build
// (support/large-site.ts).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { paths } from '../../../src/paths';
import { PAGE_SIZE, pageCount } from '../../../src/domain/pages';
import { appRan, withoutApp } from '../support/app-script';
import { setupBrowser, type PageOptions } from '../support/browser';
import { AXE_OPTIONS } from '../support/engines/axe';
import { cardHrefs, settle, waitForApp, wall } from '../support/screen';
import { LARGE_SIZE, largeCardName, largeCatalog, serveLargeSite } from '../support/large-site';

const browser = setupBrowser();
const large = serveLargeSite();
const moments = largeCatalog.moments;
const hrefOf = (index: number) => paths.moment.getHref(moments[index]!.slug);
const PAGES = pageCount(LARGE_SIZE);

const pager = (page: Page) => page.getByRole('navigation', { name: 'Pages of moments', exact: true });

async function openAt(path: string, options: PageOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  const response = await page.goto(large.url(path));
  expect(response?.status(), `GET ${path}`).toBe(200);
  return page;
}

/** The hrefs of a page's `<a>` elements inside `selector`, read from its HTML as a crawler does. */
async function linksIn(path: string, selector: 'moments' | 'pager'): Promise<string[]> {
  const response = await fetch(large.url(path));
  expect(response.status, `GET ${path}`).toBe(200);
  const html = await response.text();
  const part =
    selector === 'moments'
      ? /<ul[^>]*id="moments"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1]
      : /<nav[^>]*aria-label="Pages of moments"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
  expect(part, `${path} has its ${selector}`).toBeDefined();
  return [...part!.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1]!);
}

describe(`a wall of ${LARGE_SIZE} moments has pages, for reading it without JavaScript`, () => {
  test('from the wall, the pagers’ links reach every moment, each once, in the wall’s order', async () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const cards = new Map<string, string[]>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      cards.set(path, (await linksIn(path, 'moments')).filter((href) => href.startsWith('/moments/')));
      for (const href of await linksIn(path, 'pager')) {
        if (!seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    const inOrder = ['/', ...Array.from({ length: PAGES - 1 }, (_, index) => paths.page.getHref(index + 2))];
    expect([...seen].sort(), 'the pages the pagers link to').toEqual([...inOrder].sort());
    expect(inOrder.flatMap((path) => cards.get(path)!), 'every moment, page after page').toEqual(moments.map((_, index) => hrefOf(index)));
  });

  test('without JavaScript: Next page shows the next cards, a heading says which, Previous goes back', async () => {
    const page = await openAt('/', { javaScriptEnabled: false });
    expect(await cardHrefs(page)).toEqual(moments.slice(0, PAGE_SIZE).map((_, index) => hrefOf(index)));
    await expect.poll(() => pager(page).getByRole('link', { name: 'Page 1', exact: true }).getAttribute('aria-current')).toBe('page');
    await pager(page).getByRole('link', { name: 'Next page', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/page/2/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Moments ${PAGE_SIZE + 1} to ${2 * PAGE_SIZE} of ${LARGE_SIZE}`);
    expect(await cardHrefs(page)).toEqual(moments.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((_, index) => hrefOf(PAGE_SIZE + index)));
    // The last page, from the pager, holds the last moment.
    await pager(page).getByRole('link', { name: `Page ${PAGES}`, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(paths.page.getHref(PAGES));
    expect((await cardHrefs(page)).at(-1)).toBe(hrefOf(LARGE_SIZE - 1));
    expect(await pager(page).getByRole('link', { name: 'Next page' }).count(), 'no Next on the last page').toBe(0);
    await pager(page).getByRole('link', { name: 'Previous page', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(paths.page.getHref(PAGES - 1));
  });

  test('on a filtered address the pager is hidden, before and without the app (the pages are the whole wall’s)', async () => {
    const path = `/?person=${moments[0]!.people[0]!}`;
    const before = await browser.newPage();
    await withoutApp(before);
    expect((await before.goto(large.url(path)))?.status()).toBe(200);
    expect(await wall(before).links.count(), 'the prerendered cards are there').toBeGreaterThan(0);
    expect(await pager(before).count(), 'not shown').toBe(0);
    // Hidden (it takes no room), not only held back unseen as the counts are till the app runs.
    expect(await before.evaluate(() => document.querySelector<HTMLElement>('nav[aria-label="Pages of moments"]')?.hidden), 'hidden by the page’s own script').toBe(true);
    expect(await appRan(before)).toBe(false);
    const page = await openAt(path);
    await waitForApp(page);
    expect(await pager(page).count()).toBe(0);
  });

  test('with the app: a page’s card opens the moment, Back returns; the pager moves between pages; the wall itself has no pager', async () => {
    const page = await openAt(paths.page.getHref(3));
    await waitForApp(page);
    expect(await cardHrefs(page)).toEqual(moments.slice(2 * PAGE_SIZE, 3 * PAGE_SIZE).map((_, index) => hrefOf(2 * PAGE_SIZE + index)));
    const moment = moments[2 * PAGE_SIZE + 1]!;
    await wall(page).list.getByRole('link', { name: largeCardName(moment), exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(paths.moment.getHref(moment.slug));
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe(paths.page.getHref(3));
    await pager(page).getByRole('link', { name: 'Next page', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Moments ${3 * PAGE_SIZE + 1} to ${4 * PAGE_SIZE} of ${LARGE_SIZE}`);
    expect(await page.title()).toContain(`Moments ${3 * PAGE_SIZE + 1} to ${4 * PAGE_SIZE}`);
    // The running wall scrolls through every card: no pager there.
    await page.getByRole('link', { name: 'The whole wall', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { message: 'the wall is shown' }).toBe('Backstage');
    await expect.poll(() => wall(page).links.count()).toBeGreaterThan(0);
    expect(await pager(page).count()).toBe(0);
  });

  test('axe-core finds no violation on a page, with the app and without it (as prerendered)', async () => {
    for (const app of [true, false]) {
      const page = await browser.newPage();
      if (!app) await withoutApp(page);
      expect((await page.goto(large.url(paths.page.getHref(7))))?.status()).toBe(200);
      if (app) await waitForApp(page);
      await settle(page);
      const { violations } = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), app ? 'with the app' : 'without it').toEqual([]);
    }
  });

  // (Inside the app the same addresses render the not-found page: parsePage, tests/unit/domain/pages.test.ts.)
  test('a page the wall does not have is the not-found page, with status 404', async () => {
    for (const path of ['/page/1/', `/page/${PAGES + 1}/`, '/page/02/', '/page/two/']) {
      const response = await fetch(large.url(path));
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toMatch(/not found/i);
    }
  });
});
