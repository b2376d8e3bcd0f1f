// The windowed wall (issue 21): a catalogue of 1,000 moments (tests/e2e/support/large-site.ts)
// keeps only the cards near the screen in the page, and everything a person does with the wall
// holds as on a wall rendered whole: the cards in order, Tab from card to card, a far card
// opened and closed, a reload.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { filterMoments } from '../../../src/domain/filters';
import { parseFilters } from '../../../src/domain/query';
import { paths } from '../../../src/paths';
import { appRan, holdApp } from '../support/app-script';
import { setupBrowser, type PageOptions } from '../support/browser';
import { dialogHeading, focusedHref } from '../support/moment';
import { cardHrefs, dialog, inWindow, waitForApp, wall } from '../support/screen';
import { LARGE_MAX_ELEMENTS, LARGE_SIZE, largeCardName, largeCatalog, largeTitle, serveLargeSite } from '../support/large-site';

const browser = setupBrowser();
const large = serveLargeSite();
const moments = largeCatalog.moments;
const hrefOf = (index: number) => paths.moment.getHref(moments[index]!.slug);

async function openLarge(options: PageOptions = {}, path = '/'): Promise<Page> {
  const page = await browser.newPage(options);
  const response = await page.goto(large.url(path));
  expect(response?.status(), `GET ${path}`).toBe(200);
  await waitForApp(page);
  // Windowed: the page is as long as the whole wall, with only some of its cards in it.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight), { message: 'the page is as long as the whole wall' }).toBeGreaterThan(50_000);
  return page;
}


/** The index of the first card whose link is at least partly in the window. */
const firstInView = (page: Page) =>
  wall(page).links.evaluateAll((links) => {
    const link = links.find((each) => each.getBoundingClientRect().bottom > 0 && each.getBoundingClientRect().top < innerHeight);
    return link ? link.getAttribute('href') : null;
  });

/** Scrolls the wall with the wheel over its cards, as a person does, `steps` times 4,000 px. */
async function scrollFar(page: Page, steps = 20): Promise<void> {
  const box = (await wall(page).list.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, 300);
  for (let step = 0; step < steps; step++) await page.mouse.wheel(0, 4_000);
  await expect.poll(() => page.evaluate(() => scrollY), { message: 'the wall scrolled' }).toBeGreaterThan(steps * 4_000 - 1_000);
}

/** The cards in the page are moments in the catalogue's order, one after another. */
async function expectConsecutive(page: Page): Promise<number> {
  const hrefs = await cardHrefs(page);
  const start = moments.findIndex((moment) => paths.moment.getHref(moment.slug) === hrefs[0]);
  expect(start, 'the first card in the page is a moment of the catalogue').toBeGreaterThanOrEqual(0);
  expect(hrefs, 'the cards in the page are the catalogue’s, in order, none missing').toEqual(hrefs.map((_, at) => hrefOf(start + at)));
  return start;
}

describe(`a wall of ${LARGE_SIZE} moments is windowed`, () => {
  // A phone (the bench's 390 × 844, one column) and a wide window (three columns, the filters beside).
  test.each([
    { screen: 'a phone', options: { phone: true }, cards: 6 },
    { screen: '1440 × 900', options: { viewport: { width: 1440, height: 900 } }, cards: 18 },
  ])('however far one scrolls, the page holds a few cards, in order, and stays small: $screen', async ({ options, cards }) => {
    const page = await openLarge(options);
    const counts: number[] = [];
    for (let far = 0; far < 3; far++) {
      await scrollFar(page, 10);
      await expect.poll(() => firstInView(page), { message: 'a card is in view' }).not.toBeNull();
      const start = await expectConsecutive(page);
      expect(start, 'the cards are those far down the wall').toBeGreaterThan(40 * (far + 1));
      expect(await wall(page).links.count(), 'cards in the page').toBeLessThanOrEqual(cards);
      counts.push(await page.evaluate(() => document.getElementsByTagName('*').length));
    }
    expect(Math.max(...counts), `elements in the page (${counts.join(', ')})`).toBeLessThanOrEqual(LARGE_MAX_ELEMENTS);
    // The bottom of the wall is the last moment.
    await page.keyboard.press('End');
    await expect.poll(async () => (await cardHrefs(page)).at(-1), { message: 'the last card at the end' }).toBe(hrefOf(LARGE_SIZE - 1));
  });

  test('Tab goes through the cards in order far down the wall, each one scrolled into view', async () => {
    const page = await openLarge();
    const firstCard = wall(page).list.getByRole('link', { name: largeCardName(moments[0]!), exact: true });
    await firstCard.focus();
    const far = 150;
    for (let index = 1; index <= far; index++) {
      await page.keyboard.press('Tab');
      expect(await focusedHref(page), `Tab ${index} reaches moment ${index + 1} (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))})`).toBe(hrefOf(index));
    }
    const focused = wall(page).list.getByRole('link', { name: largeCardName(moments[far]!), exact: true });
    expect(await inWindow(page, focused), 'the focused card is in view').toBe(true);
    // And back: Shift+Tab goes to the card before it.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedHref(page), 'Shift+Tab reaches the card before').toBe(hrefOf(far - 1));
    expect(await wall(page).links.count(), 'cards in the page').toBeLessThan(30);
  });

  test('a far card opened and closed: the wall comes back to it, with focus on its link', async () => {
    const page = await openLarge();
    await scrollFar(page);
    const href = await firstInView(page);
    const index = moments.findIndex((moment) => paths.moment.getHref(moment.slug) === href);
    expect(index, 'a card far down the wall is in view').toBeGreaterThan(100);
    const card = wall(page).list.getByRole('link', { name: largeCardName(moments[index]!), exact: true });
    const y = await page.evaluate(() => scrollY);
    await card.click();
    await expect.poll(() => page.url(), { message: 'the moment’s address' }).toBe(large.url(hrefOf(index)));
    await expect.poll(() => dialog(page).isVisible(), { message: 'the dialog opens' }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count(), { message: 'the dialog closes' }).toBe(0);
    expect(page.url(), 'the wall’s address').toBe(large.url('/'));
    await expect.poll(() => focusedHref(page), { message: 'focus on the card' }).toBe(hrefOf(index));
    expect(await inWindow(page, card), 'the card is in view').toBe(true);
    expect(Math.abs((await page.evaluate(() => scrollY)) - y), 'the wall is where it was').toBeLessThan(page.viewportSize()!.height);
  });

  test('a moment stepped to far from the card opened: closing lands on its card, in view, with focus on its link', async () => {
    const page = await openLarge();
    await wall(page).list.getByRole('link', { name: largeCardName(moments[0]!), exact: true }).click();
    await expect.poll(() => dialog(page).isVisible(), { message: 'the dialog opens' }).toBe(true);
    // Far enough that neither the card opened nor its neighbours' rows are kept in the page.
    const steps = 120;
    for (let step = 1; step <= steps; step++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.url(), { message: `step ${step}: the next moment’s address` }).toBe(large.url(hrefOf(step)));
    }
    // Keys pressed this fast can run ahead of the dialog (the address changes first): the person
    // closes the moment they see, so the test waits until they see the last one.
    await expect.poll(() => dialogHeading(page).textContent(), { message: 'the dialog shows the moment stepped to' }).toBe(largeTitle(moments[steps]!));
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count(), { message: 'the dialog closes' }).toBe(0);
    expect(page.url(), 'the wall’s address').toBe(large.url('/'));
    await expect.poll(() => focusedHref(page), { message: 'focus on the card stepped to, not on the one opened' }).toBe(hrefOf(steps));
    const card = wall(page).list.getByRole('link', { name: largeCardName(moments[steps]!), exact: true });
    expect(await inWindow(page, card), 'the card stepped to is in view').toBe(true);
    // Tab goes on from there, as from any card.
    await page.keyboard.press('Tab');
    expect(await focusedHref(page), 'Tab: the next card').toBe(hrefOf(steps + 1));
  });

  test('a reload mid-scroll comes back to the same card at the same place', async () => {
    const page = await openLarge({ phone: true });
    await scrollFar(page, 12);
    const href = await firstInView(page);
    const link = wall(page).list.locator(`a[href="${href}"]`);
    const before = (await link.boundingBox())!.y;
    expect(before, 'the card is at the top of the window').toBeLessThan(page.viewportSize()!.height);
    await page.reload();
    await waitForApp(page);
    await expect.poll(async () => (await link.count()) > 0 && Math.round((await link.boundingBox())!.y), { message: 'the same card at the same place', timeout: 15_000 }).toBe(Math.round(before));
    expect(await firstInView(page), 'the first card in view').toBe(href);
  });
});

// A windowed wall's page lists its first cards only: before the app runs, a shared filtered link
// can show those of them that match, and what follows from the address alone (its chips, "1
// chosen", Clear all, the chosen options), but not how many match. Its count says the moments
// are being found, in the same element the app then counts in: also when that count is the
// whole wall's, as the prerendered page said it ("!!!" is a search of no words).
describe('a shared filtered link to a windowed wall, before its app runs', () => {
  test.each([
    { path: '/?q=hug', chips: ['Remove the search “hug”'] },
    { path: '/?q=hug&person=taylor-swift', chips: ['Remove the search “hug”', 'Remove Taylor Swift'] },
    { path: '/?q=!!!', chips: [] },
  ])('$path: the count is being found, the chips are there, and then the app counts in the same element', async ({ path, chips }) => {
    const page = await browser.newPage({ phone: true });
    const app = await holdApp(page);
    await page.goto(large.url(path));
    const status = page.getByRole('status').first();
    await expect.poll(() => status.textContent()).toBe('Finding…');
    expect(await status.isVisible(), 'the count is seen').toBe(true);
    for (const name of chips) expect(await page.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
    expect(await wall(page).sheetButton.textContent()).toContain(chips.length > 0 ? `${chips.length} chosen` : 'Filters');
    const { filters } = parseFilters(new URL(path, 'http://wall').search, largeCatalog);
    const answers = filterMoments(largeCatalog, filters).map((moment) => paths.moment.getHref(moment.slug));
    const before = await wall(page).links.evaluateAll((links) => links.filter((link) => link.getClientRects().length > 0).map((link) => link.getAttribute('href')));
    expect(before.length, 'some of the first cards match').toBeGreaterThan(0);
    expect(before.filter((href) => !answers.includes(href!)), 'cards shown outside the address').toEqual([]);
    await status.evaluate((element) => ((element as unknown as { __painted: boolean }).__painted = true));
    expect(await appRan(page)).toBe(false);

    app.release();
    await waitForApp(page);
    const counted = `${answers.length} ${answers.length === 1 ? 'moment' : 'moments'}`;
    await expect.poll(() => status.textContent(), { message: 'the app counts' }).toBe(counted);
    expect(await status.evaluate((element) => (element as unknown as { __painted?: boolean }).__painted === true), 'the same element').toBe(true);
  });
});
