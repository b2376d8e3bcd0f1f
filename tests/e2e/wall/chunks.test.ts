// The moments' words in chunks (issue 21, docs/decisions/003-content-as-data.md): a catalogue
// of 1,000 moments (tests/e2e/support/large-site.ts) comes as a head without words and ten chunks
// of captions, `assets/words-<first moment>-<hash>.json`. The page hydrates with the head and the
// chunks its first render shows; the rest follow, and whatever a person reaches first (a card
// scrolled to, a moment opened, its neighbour, a search) waits, sized and said, for its own.
//
// The chunks the test holds back are held by the page's router until it lets them through, so
// each race (a card before its chunk, a search before every caption) happens on purpose.
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { filterMoments, type Faceted } from '../../../src/domain/filters';
import { paths } from '../../../src/paths';
import { setupBrowser, type PageOptions } from '../support/browser';
import { dialogHeading } from '../support/moment';
import { dialog, waitForApp, wall } from '../support/screen';
import { LARGE_SIZE, largeCardName, largeCatalog, largeTitle, serveLargeSite } from '../support/large-site';

const browser = setupBrowser();
const large = serveLargeSite();
const moments = largeCatalog.moments;
const CHUNK = /\/assets\/words-(\d+)-[\w-]{10}\.json$/;
const CHUNKS = LARGE_SIZE / 100;

/** Every chunk, by its first moment: 1, 101, … 901. */
const EVERY = Array.from({ length: CHUNKS }, (_, index) => index * 100 + 1);

/** The chunks a page asks for, by their first moment, in the order asked. */
interface Chunks {
  asked: number[];
  /** Lets every held chunk through, and every chunk from now on. */
  release: () => Promise<void>;
}

/**
 * Watches the page's requests for chunks of words: those of `through` are answered, every other
 * one is held (not answered) until `release`; those of `failing` answer, while they are in it,
 * what a captive portal or a broken cache might: a page that is not the chunk (an HTTP error would
 * be a console error, which the suite counts as a failure).
 */
async function watchChunks(page: Page, through: readonly number[] = [], failing = new Set<number>()): Promise<Chunks> {
  const asked: number[] = [];
  const held: Route[] = [];
  let open = new Set(through);
  await page.route(CHUNK, async (route) => {
    const first = Number(CHUNK.exec(new URL(route.request().url()).pathname)![1]);
    asked.push(first);
    if (failing.has(first)) return route.fulfill({ status: 200, contentType: 'application/json', body: '{"error":"sign in to use this network"}' });
    if (open.has(first)) return route.continue();
    held.push(route);
  });
  return {
    asked,
    async release() {
      open = new Set(EVERY);
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** A card on the wall, by its moment's number (1-based). */
const card = (page: Page, number: number) => wall(page).list.locator(`li[data-slug="${moments[number - 1]!.slug}"]`);

/** Its caption: the text under its title, or the placeholder while its words are on their way. */
const caption = (page: Page, number: number) => card(page, number).locator('[data-caption]');

async function openLarge(path: string, chunks: (page: Page) => Promise<Chunks>, options: PageOptions = {}): Promise<{ page: Page; chunks: Chunks }> {
  const page = await browser.newPage(options);
  const watched = await chunks(page);
  const response = await page.goto(large.url(path));
  expect(response?.status(), `GET ${path}`).toBe(200);
  await waitForApp(page);
  // The wall's virtualiser (a lazy chunk) is there: the page is as long as the whole wall.
  if (path.startsWith('/?') || path === '/') {
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight), { message: 'the windowed wall' }).toBeGreaterThan(50_000);
  }
  return { page, chunks: watched };
}

/** Every chunk is asked for in the end, each once. */
async function expectEveryChunkOnce(chunks: Chunks): Promise<void> {
  await expect.poll(() => chunks.asked.length, { message: 'every chunk asked for' }).toBe(CHUNKS);
  expect([...chunks.asked].sort((a, b) => a - b), 'each chunk once').toEqual(EVERY);
}

describe(`a wall of ${LARGE_SIZE} moments gets its words in chunks`, () => {
  test('the wall hydrates with its first chunk alone; a far card waits, sized and named, for its own, which it asks for as it comes into the page', async () => {
    const { page, chunks } = await openLarge('/', (page) => watchChunks(page, [1]), { phone: true });
    // Hydrated with chunk 1 only; the background then asks for the next two, and waits for them.
    await expect.poll(() => chunks.asked.length, { message: 'the background asks for more' }).toBeGreaterThanOrEqual(3);
    expect(chunks.asked.slice(0, 3), 'first the prerendered cards’ chunk, then the next ones').toEqual([1, 101, 201]);
    expect(await caption(page, 1).textContent(), 'the first card’s caption').toBe(moments[0]!.caption);

    await page.keyboard.press('End');
    const last = card(page, LARGE_SIZE);
    await expect.poll(() => last.count(), { message: 'the last card is in the page' }).toBe(1);
    // Its title and link are the head's; its caption waits, busy, and says so.
    expect(await last.getByRole('link', { name: largeCardName(moments[LARGE_SIZE - 1]!), exact: true }).count()).toBe(1);
    expect(await caption(page, LARGE_SIZE).getAttribute('aria-busy')).toBe('true');
    expect(await caption(page, LARGE_SIZE).textContent()).toBe('The caption is on its way.');
    // The background still waits on its two (101 and 201, held): the cards ask for their own.
    await expect.poll(() => chunks.asked.includes(901), { message: 'the last cards ask for their chunk' }).toBe(true);

    // Opened before its words came: the dialog names the moment and waits for the caption.
    await last.getByRole('link').click();
    await expect.poll(() => dialogHeading(page).textContent(), { message: 'the dialog of the last moment' }).toBe(largeTitle(moments[LARGE_SIZE - 1]!));
    const dialogCaption = dialog(page).locator('p[aria-busy="true"]').first();
    expect(await dialogCaption.textContent()).toBe('The caption is on its way.');

    await chunks.release();
    await expect.poll(() => dialog(page).getByText(moments[LARGE_SIZE - 1]!.caption, { exact: true }).isVisible(), { message: 'the caption comes' }).toBe(true);
    expect(await dialog(page).locator('[aria-busy]').count(), 'nothing busy').toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => caption(page, LARGE_SIZE).textContent(), { message: 'the card’s caption' }).toBe(moments[LARGE_SIZE - 1]!.caption);
    await expectEveryChunkOnce(chunks);
  });

  // Its words' lengths are in the head: the grey lines are that much filler in the words' own
  // font, and wrap as they will. (Three bars for every caption: cards grew by up to 142 px.)
  test.each([
    { screen: 'a phone', options: { phone: true } },
    { screen: '1440 × 900', options: { viewport: { width: 1440, height: 900 } } },
  ])('a card waiting for its words is as tall as once they come, within two lines: $screen', async ({ options }) => {
    const { page, chunks } = await openLarge('/', (page) => watchChunks(page, [1]), options);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.55));
    const heights = () =>
      wall(page).items.evaluateAll((items) => Object.fromEntries(items.map((item) => [(item as HTMLElement).dataset.slug!, item.getBoundingClientRect().height])));
    await expect.poll(async () => Object.keys(await heights()).length, { message: 'far cards in the page' }).toBeGreaterThan(2);
    expect(await wall(page).list.locator('[aria-busy="true"]').count(), 'they wait for their words').toBeGreaterThan(0);
    const waiting = await heights();
    await chunks.release();
    await expect.poll(() => wall(page).list.locator('[aria-busy="true"]').count(), { message: 'the words come' }).toBe(0);
    const shown = await heights();
    const grew = Object.keys(waiting).filter((slug) => slug in shown).map((slug) => Math.round(shown[slug]! - waiting[slug]!));
    expect(grew.length).toBeGreaterThan(2);
    expect(grew.filter((change) => Math.abs(change) > 40), `heights changed by ${grew.join(', ')} px`).toEqual([]);
  });

  test('a moment’s page asks for its neighbour’s chunk ahead, so a step across the chunk’s edge shows its words at once', async () => {
    const at = 500;
    const { page, chunks } = await openLarge(paths.moment.getHref(moments[at - 1]!.slug), (page) => watchChunks(page, [401, 501]));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(largeTitle(moments[at - 1]!));
    expect(await page.getByText(moments[at - 1]!.caption, { exact: true }).isVisible(), 'its caption, prerendered and hydrated').toBe(true);
    // Chunk 501 is asked for by the page (moment 501 is a step away), not by the background, which starts at 1.
    await expect.poll(() => chunks.asked.includes(501), { message: 'the next moment’s chunk is asked for ahead' }).toBe(true);
    expect(chunks.asked, 'the background is held at its first two').not.toContain(301);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(large.url(paths.moment.getHref(moments[at]!.slug)));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(largeTitle(moments[at]!));
    await expect.poll(() => page.getByText(moments[at]!.caption, { exact: true }).isVisible(), { message: 'moment 501’s caption, its chunk already here' }).toBe(true);
    expect(await page.locator('[aria-busy]').count(), 'nothing waits').toBe(0);
  });

  test('a search typed before every caption came says what it has searched; its first answer is announced, then the whole one', async () => {
    const word = 'goofed';
    const whole: Faceted<(typeof moments)[number]> = largeCatalog;
    const firstChunk = { ...whole, moments: moments.map((moment) => (moment.number <= 100 ? moment : { ...moment, caption: '' })) };
    const soFar = filterMoments(firstChunk, { people: [], awards: [], search: word }).length;
    const all = filterMoments(whole, { people: [], awards: [], search: word }).length;
    expect(soFar, 'the first chunk has some answers').toBeGreaterThan(0);
    expect(all, 'and the others more').toBeGreaterThan(soFar);

    const { page, chunks } = await openLarge('/', (page) => watchChunks(page, [1]), { viewport: { width: 1280, height: 800 } });
    await page.getByRole('searchbox', { name: 'Search moments' }).fill(word);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { message: 'the count, so far' }).toBe(`${soFar} moments so far`);
    expect(await page.getByText(`Searched the captions of 100 of ${LARGE_SIZE} moments so far; the rest are on their way.`).isVisible()).toBe(true);
    // That first answer announced, the region is quiet while the count grows chunk by chunk.
    await expect.poll(() => status.getAttribute('aria-live'), { message: 'quiet while it grows' }).toBe('off');
    await chunks.release();
    await expect.poll(() => status.textContent(), { message: 'the count once every caption is here' }).toBe(`${all} moments`);
    expect(await status.getAttribute('aria-live'), 'the whole answer is announced (a status is polite)').toBeNull();
    expect(await page.getByText(/Searched the captions of/).count(), 'the note is gone').toBe(0);
    expect(await wall(page).links.first().getAttribute('href')).toBe(paths.moment.getHref(moments.find((moment) => moment.caption.includes(word))!.slug));
  });

  test('a shared ?q= link hydrates with its first cards’ chunk, answers so far, asks for the rest at once, six at a time, and answers from all of them', async () => {
    const word = 'goofed';
    const firstChunk = { ...largeCatalog, moments: moments.map((moment) => (moment.number <= 100 ? moment : { ...moment, caption: '' })) };
    const soFar = filterMoments(firstChunk, { people: [], awards: [], search: word }).length;
    const all = filterMoments(largeCatalog, { people: [], awards: [], search: word }).length;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const chunks = await watchChunks(page, [1]);
    await page.goto(large.url(`/?q=${word}`));
    // Every other chunk is held: the app runs all the same, and says what it has searched.
    await waitForApp(page);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { message: 'the count, so far' }).toBe(`${soFar} moments so far`);
    await expect.poll(() => chunks.asked.length, { message: 'the first chunk, then six held at once' }).toBeGreaterThanOrEqual(7);
    expect(chunks.asked.slice(0, 7)).toEqual(EVERY.slice(0, 7));
    await chunks.release();
    await expect.poll(() => status.textContent(), { message: 'the count once every caption is here' }).toBe(`${all} moments`);
    await expectEveryChunkOnce(chunks);
  });

  test('a shared ?q= link whose first chunk fails is tried again before the app gives up, and hydrates once it comes', async () => {
    const failing = new Set([1]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const chunks = await watchChunks(page, EVERY, failing);
    await page.goto(large.url('/?q=goofed'));
    await expect.poll(() => chunks.asked.filter((first) => first === 1).length, { message: 'asked again after it failed' }).toBeGreaterThanOrEqual(2);
    failing.clear();
    await waitForApp(page);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${filterMoments(largeCatalog, { people: [], awards: [], search: 'goofed' }).length} moments`);
    expect(await page.getByRole('alert').count(), 'no notice that the app could not start').toBe(0);
  });

  test('a chunk that fails is said on the card that waits for it, and tried again until it comes', async () => {
    const failing = new Set([901]);
    const { page, chunks } = await openLarge('/', (page) => watchChunks(page, EVERY, failing), { phone: true });
    await page.keyboard.press('End');
    await expect.poll(() => card(page, LARGE_SIZE).count(), { message: 'the last card is in the page' }).toBe(1);
    await expect
      .poll(() => caption(page, LARGE_SIZE).textContent(), { message: 'the card says why its caption waits' })
      .toBe('The caption has not come yet: one chunk of captions did not come; trying again.');
    // Said to the eye as well: grey lines alone look like a page still loading.
    const said = card(page, LARGE_SIZE).getByText('The caption has not come yet: one chunk of captions did not come; trying again.', { exact: true });
    expect(await said.isVisible(), 'the card shows why').toBe(true);
    expect((await said.boundingBox())!.width, 'as a line of text, not a clipped sr-only box').toBeGreaterThan(100);
    const tries = chunks.asked.filter((first) => first === 901).length;
    failing.clear();
    await expect.poll(() => caption(page, LARGE_SIZE).textContent(), { message: 'the caption comes once the chunk does', timeout: 20_000 }).toBe(moments[LARGE_SIZE - 1]!.caption);
    expect(chunks.asked.filter((first) => first === 901).length, 'tried again').toBeGreaterThan(tries);
    expect(await card(page, LARGE_SIZE).locator('[aria-busy]').count(), 'nothing waits').toBe(0);
  });
});
