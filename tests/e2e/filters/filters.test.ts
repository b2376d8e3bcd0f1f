// The filters within reach: a compact bar and a modal sheet on phones and small tablets, a
// sticky panel on desktops, and a person found by typing, by touch and by keyboard alone.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countText, momentsAt } from '../../catalogue';
import { catalog } from '../../../src/content/catalog';
import { PHONE, setupBrowser } from '../support/browser';
import { heldGlides, holdGlides, layoutMotionLoaded, releaseGlides } from '../support/motion';
import { address, expectWall, inWindow as inWindowExactly, isChosen, open, openSheet, settle, wall } from '../support/screen';

const browser = setupBrowser();

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);
/** Whether the whole box is inside the window, give or take half a pixel of a sticky bar's rounding. */
const inWindow = (page: Page, target: Locator) => inWindowExactly(page, target, 0.5);
/** How many moments the wall at `path` shows, as the wall says it: "3 moments". */
const countAt = (path: string) => countText(momentsAt(path).length);
/** A person found by "Find a person", named with what choosing them on the wall at `path` would give. */
const found = (name: string, id: string, path = '/') =>
  `${name}, ${countAt(`${path}${path.includes('?') ? '&' : '?'}person=${id}`)}`;

async function scrollToEnd(page: Page): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await settle(page);
  return page.evaluate(() => window.scrollY);
}

describe('on a phone (390×844, touch)', () => {
  test('the first card’s artwork starts within the top 45 % of the first screen', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    await settle(page);
    // The artwork is decorative (hidden from assistive technology): the card's first drawing.
    const artwork = await wall(page).items.first().locator('svg, img').first().boundingBox();
    expect(artwork!.y, `artwork top at ${artwork!.y} px of ${PHONE.height}`).toBeLessThanOrEqual(0.45 * PHONE.height);
  });

  test('the bar stays on screen while the wall scrolls, with the count and how many filters are chosen', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/?person=karol-g');
    expect(await scrollToEnd(page), 'the wall scrolled').toBeGreaterThan(300);
    const { sheetButton, status } = wall(page);
    expect(await inWindow(page, sheetButton), 'the Filters button is on screen').toBe(true);
    expect(await inWindow(page, status), 'the count is on screen').toBe(true);
    expect(await sheetButton.textContent()).toMatch(/Filters\s*1 chosen/);
    expect(await status.textContent()).toBe(countAt('/?person=karol-g'));
  });

  test('the sheet is a modal dialog: focus moves in and back, Escape and a tap on the backdrop close it, the page behind stays still', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    await page.evaluate(() => window.scrollTo(0, 600));
    await settle(page);
    const { sheetButton } = wall(page);

    const sheet = await openSheet(page);
    expect(await sheet.evaluate((element) => element.contains(document.activeElement)), 'focus is in the sheet').toBe(true);
    expect(await sheet.evaluate((element) => element.matches(':modal')), 'a modal dialog: the page behind is inert').toBe(true);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(PHONE.width / 2, 40);
    await page.mouse.wheel(0, 800);
    await page.keyboard.press('PageDown');
    await settle(page);
    expect(await page.evaluate(() => window.scrollY), 'the page behind did not scroll').toBe(before);

    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect(await isFocused(sheetButton), 'focus is back on the bar').toBe(true);

    await openSheet(page);
    await page.touchscreen.tap(PHONE.width / 2, 30); // above the sheet: the backdrop
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect(await isFocused(sheetButton), 'focus is back on the bar').toBe(true);
  });

  test('each choice in the sheet applies at once: the wall behind changes and the sheet announces the count', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    const { sheetButton } = wall(page);
    const sheet = await openSheet(page);
    // The sheet holds the search, every person and award with its count, and Clear all.
    expect(await sheet.getByRole('combobox', { name: 'Find a person', exact: true }).isVisible()).toBe(true);
    expect(await sheet.getByRole('group', { name: 'People', exact: true }).getByRole('link').count()).toBe(catalog.people.length);
    expect(await sheet.getByRole('group', { name: 'Awards', exact: true }).getByRole('link').count()).toBe(catalog.awards.length);
    expect(await sheet.getByRole('link', { name: 'Karol G', exact: true }).getAttribute('aria-describedby')).toBeTruthy();
    expect(await sheet.getByRole('link', { name: 'Karol G', exact: true }).textContent()).toBe(`Karol G${momentsAt('/?person=karol-g').length}`);
    expect(await sheet.getByRole('link', { name: 'Clear all filters', exact: true }).isVisible()).toBe(true);
    await sheet.getByRole('link', { name: 'Taylor Swift', exact: true }).tap();
    await expect.poll(() => address(page)).toBe('/?person=taylor-swift');
    await expectWall(page, '/?person=taylor-swift');
    expect(await sheet.isVisible(), 'the sheet stays open').toBe(true);
    await expect.poll(() => sheet.getByRole('status').textContent()).toBe(countAt('/?person=taylor-swift'));
    expect(await isChosen(sheet.getByRole('link', { name: 'Taylor Swift', exact: true }))).toBe(true);

    await sheet.getByRole('link', { name: 'Selena Gomez', exact: true }).tap();
    await expectWall(page, '/?person=taylor-swift&person=selena-gomez');
    await expect.poll(() => sheet.getByRole('status').textContent()).toBe(countAt('/?person=taylor-swift&person=selena-gomez'));
    await sheet.getByRole('button', { name: 'Done', exact: true }).tap();
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect(await sheetButton.textContent()).toMatch(/2 chosen/);
  });

  test('"Find a person" by touch: "carp" offers Sabrina Carpenter with her count, a tap chooses her, Escape closes only the list', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    const sheet = await openSheet(page);
    const search = sheet.getByRole('combobox', { name: 'Find a person', exact: true });
    await search.tap();
    await page.keyboard.type('carp');
    const option = sheet.getByRole('option', { name: found('Sabrina Carpenter', 'sabrina-carpenter'), exact: true });
    await option.tap();
    await expect.poll(() => address(page)).toBe('/?person=sabrina-carpenter');
    await expectWall(page, '/?person=sabrina-carpenter');
    expect(await search.inputValue()).toBe('');
    expect(await search.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.type('tay');
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await search.getAttribute('aria-expanded'), 'the list closed').toBe('false');
    expect(await sheet.isVisible(), 'the sheet did not').toBe(true);
  });
});

describe('on a desktop (1440 px)', () => {
  test('the filter panel stays in view while the wall scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await open(page, '/');
    expect(await scrollToEnd(page)).toBeGreaterThan(1000);
    expect(await inWindow(page, wall(page).search), 'the search').toBe(true);
    expect(await inWindow(page, wall(page).filter('Taylor Swift')), 'the first person').toBe(true);
  });

  test('a filter clicked with the wall scrolled leaves the next one under the pointer while the cards move', async () => {
    // The race a quick hand makes: Best Pop, then Best Afrobeats while the wall's cards still
    // move. Every animation the change starts is held at its first frame, where the cards are
    // drawn furthest from their new places: the filters must already stand where they will stay.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await open(page, '/');
    // The wall's reflow comes with the layout animations, when the browser is first idle.
    await layoutMotionLoaded(page);
    const { filter } = wall(page);
    const next = filter('Best Afrobeats');
    // Scrolled down until the awards are in the middle of the window, the wall with it: its cards
    // on screen then glide when the filter changes them.
    await next.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await settle(page);
    expect(await page.evaluate(() => window.scrollY), 'the wall scrolled').toBeGreaterThan(200);
    expect(await inWindow(page, filter('Best Pop')), 'Best Pop is in view beside it').toBe(true);
    const before = await next.boundingBox();
    await holdGlides(page, '*');
    await filter('Best Pop').click();
    await expect.poll(() => address(page)).toBe('/?award=best-pop');
    await expectWall(page, '/?award=best-pop');
    expect(await heldGlides(page), 'the change started its fades and glides').toBeGreaterThan(0);
    expect(await next.boundingBox(), 'Best Afrobeats while the cards move').toEqual(before);

    await releaseGlides(page);
    await settle(page);
    expect(await next.boundingBox(), 'Best Afrobeats once they stand still').toEqual(before);
    await next.click();
    await expect.poll(() => address(page)).toBe('/?award=best-afrobeats&award=best-pop');
  });

  test('the panel scrolls on its own when it is taller than the window', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 560 } });
    await open(page, '/');
    const panel = page.getByRole('complementary', { name: 'Filters', exact: true });
    const { scrollHeight, clientHeight } = await panel.evaluate((element) => ({ scrollHeight: element.scrollHeight, clientHeight: element.clientHeight }));
    expect(scrollHeight, 'the panel is taller than the window').toBeGreaterThan(clientHeight);
    await scrollToEnd(page);
    expect(await inWindow(page, panel), 'the panel fits the window').toBe(true);
    const last = wall(page).filter('Global Icon Award');
    await last.focus();
    await settle(page);
    expect(await inWindow(page, last), 'its last filter is reached by scrolling the panel').toBe(true);
    expect(await panel.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  });

  test('"Find a person" with the keyboard alone: ↓/↑ and Enter choose, case, accents and any word match, an impossible person is dimmed', async () => {
    const TAYLOR = '/?person=taylor-swift';
    const TAYLOR_CHLOE = '/?person=taylor-swift&person=chloe-bailey';
    for (const impossible of [`${TAYLOR}&person=renee-rapp`, `${TAYLOR_CHLOE}&person=sabrina-carpenter`]) {
      expect(momentsAt(impossible), `no moment for ${impossible}, for this test to mean anything`).toEqual([]);
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await open(page, '/');
    const { search } = wall(page);
    for (let press = 0; press < 10 && !(await isFocused(search)); press++) await page.keyboard.press('Tab');
    expect(await isFocused(search), 'Tab reaches the search').toBe(true);

    const list = page.getByRole('listbox', { name: 'People found', exact: true });
    const options = list.getByRole('option');
    // Each option is named by its person, then its count.
    const names = () => options.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
    const active = () => search.evaluate((input) => document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-label') ?? null);

    await page.keyboard.type('TAY');
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    expect(await names()).toEqual([found('Taylor Swift', 'taylor-swift')]);
    expect(await list.getByRole('option', { name: found('Taylor Swift', 'taylor-swift'), exact: true }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => address(page)).toBe(TAYLOR);
    await expectWall(page, TAYLOR);
    expect(await isChosen(wall(page).filter('Taylor Swift'))).toBe(true);
    expect(await search.inputValue()).toBe('');
    expect(await isFocused(search), 'focus stays in the search').toBe(true);

    await page.keyboard.type('renee');
    const renee = list.getByRole('option', { name: found('Reneé Rapp', 'renee-rapp', TAYLOR), exact: true });
    expect(await renee.getAttribute('aria-disabled'), 'offered, dimmed').toBe('true');
    await page.keyboard.press('Enter');
    expect(address(page), 'and not chosen').toBe(TAYLOR);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await search.inputValue(), 'Escape closes the list, then empties the field').toBe('');

    await page.keyboard.type('bailey');
    const [halle, chloe] = [found('Halle Bailey', 'halle-bailey', TAYLOR), found('Chloe Bailey', 'chloe-bailey', TAYLOR)];
    expect(await names()).toEqual([halle, chloe]);
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(chloe);
    await page.keyboard.press('ArrowDown');
    expect(await active(), '↓ wraps to the first').toBe(halle);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(chloe);
    await page.keyboard.press('Enter');
    await expect.poll(() => address(page)).toBe(TAYLOR_CHLOE);
    await expectWall(page, TAYLOR_CHLOE);

    await page.keyboard.type('carpenter');
    expect(await names()).toEqual([found('Sabrina Carpenter', 'sabrina-carpenter', TAYLOR_CHLOE)]);
  });
});

describe('on a small phone (320×568, touch)', () => {
  /** How many lines the element's text takes: one box per line. */
  const lines = (target: Locator) =>
    target.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });

  test('"2 chosen" and the count each keep to one line, in the bar and in the sheet', async () => {
    const page = await browser.newPage({ phone: true, viewport: { width: 320, height: 568 } });
    await open(page, '/?person=karol-g&person=shakira');
    await settle(page);
    expect(await lines(wall(page).sheetButton.getByText('2 chosen')), '"2 chosen" in the Filters button').toBe(1);
    const sheet = await openSheet(page);
    expect(await lines(sheet.getByRole('status')), 'the count in the sheet').toBe(1);
    const ofAll = `of ${catalog.moments.length}`;
    expect(await lines(sheet.getByText(ofAll, { exact: true })), `"${ofAll}" in the sheet`).toBe(1);
  });
});
