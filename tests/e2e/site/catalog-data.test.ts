// Issue 21: the moments are data, never inside the bundle: a content-hashed head and chunks of
// their words, which the page's loader requests beside the app's script (the head, and the chunks
// the page shows). Each is fetched once; when the head cannot be had, the prerendered page stays
// whole and says why, rather than going blank.
import type { Page, Request } from 'playwright-core';
import { expect, test } from 'vitest';
import { momentTitle } from '../../../src/content/catalog';
import { momentsAt } from '../../catalogue';
import { setupBrowser, url } from '../support/browser';
import { expectWall, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();
const DATA = /\/assets\/catalog-[\w-]{10}\.json$/;
const WORDS = /\/assets\/words-\d+-[\w-]{10}\.json$/;

/** Every request the page makes for the catalogue's head (or, given `WORDS`, for its chunks of words). */
function dataRequests(page: Page, file = DATA): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (file.test(new URL(request.url()).pathname)) seen.push(request);
  });
  return seen;
}

test.each(['/', '/?person=taylor-swift', `/moments/${momentsAt('/')[4]!.slug}/`])(
  '%s: the head and the words the page shows are requested once each, by the page’s loader, and the app hydrates with them',
  async (path) => {
    const page = await browser.newPage();
    const requests = dataRequests(page);
    const words = dataRequests(page, WORDS);
    await page.goto(url(path));
    await waitForApp(page);
    if (path.startsWith('/?') || path === '/') await expectWall(page, path);
    else await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(momentTitle(momentsAt('/')[4]!));
    // Nothing later asks again (a preload the fetch did not match would be a second request, and a warning).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(requests.map((request) => new URL(request.url()).pathname)).toHaveLength(1);
    // 19 moments are one chunk of words, which the loader asks for beside the head (not after it): the app takes it up.
    expect(words.map((request) => new URL(request.url()).pathname)).toHaveLength(1);
    const loaderAsked = await page.evaluate(() => document.getElementById('root')?.dataset.chunks);
    expect(loaderAsked, 'the page names its chunk for the loader').toBe(new URL(words[0]!.url()).pathname);
  },
);

test.each([
  ['a cut file', '{"event":{"name":', 'are not valid JSON'],
  ['a proxy’s page', '{"error":"gateway"}', 'are not a catalogue'],
])('%s: the prerendered wall stays, its links work, and it says why the app did not start', async (_, body, reason) => {
  const page = await browser.newPage();
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(url('/'));
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^This page works without its app for now: the moments \\(/assets/catalog-[\\w-]{10}\\.json\\) ${reason}\\. Every link still opens; reload to try again\\.$`));
  const { links } = wall(page);
  expect(await links.count()).toBe(momentsAt('/').length);
  // Not hydrated: a card's link is a plain link to the moment's own page.
  await links.nth(2).click();
  await page.waitForURL(url(`/moments/${momentsAt('/')[2]!.slug}/`));
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(momentTitle(momentsAt('/')[2]!));
});
