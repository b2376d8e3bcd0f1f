// The search (`?q=`): typed into the filters (the sidebar on a desktop, the sheet on a phone),
// kept in the address, combined with the filters, counted and announced, one history entry per
// search; and a shared `?q=` link right from its first paint, with the app's script and without.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countText, momentsAt } from '../../catalogue';
import { appRan, holdApp, withoutApp } from '../support/app-script';
import { setupBrowser, url } from '../support/browser';
import { address, expectWall, horizontalOverflow, open, openSheet, settle, wall, waitForApp } from '../support/screen';

const browser = setupBrowser();

/** The search box a person sees: the sidebar's on a desktop, the open sheet's on a phone. */
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search moments', exact: true });
const chip = (page: Page, search: string) => page.getByRole('link', { name: `Remove the search “${search}”`, exact: true });
const isFocused = (page: Page) => searchBox(page).evaluate((element) => element === document.activeElement);

describe('on a desktop', () => {
  test('typing narrows the wall letter by letter, any case or accent; Back undoes the whole search at once', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    expect(momentsAt('/?q=renee').length, 'the catalogue has Reneé Rapp').toBeGreaterThan(0);
    expect(momentsAt('/?q=renee')).toEqual(momentsAt('/?person=renee-rapp'));
    const entries = await page.evaluate(() => window.history.length);
    await searchBox(page).click();
    await page.keyboard.type('RENEE', { delay: 30 });
    await expect.poll(() => address(page)).toBe('/?q=RENEE');
    await expectWall(page, '/?q=renee');
    expect(await searchBox(page).inputValue()).toBe('RENEE');
    expect(await isFocused(page), 'focus stays in the box').toBe(true);
    expect(await page.evaluate(() => window.history.length), 'one history entry for the search, not one a letter').toBe(entries + 1);
    expect(await wall(page).status.textContent()).toBe(countText(momentsAt('/?q=renee').length));

    await page.goBack();
    await expect.poll(() => address(page)).toBe('/');
    await expectWall(page, '/');
    expect(await searchBox(page).inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => address(page)).toBe('/?q=RENEE');
    await expectWall(page, '/?q=renee');
    expect(await searchBox(page).inputValue()).toBe('RENEE');
  });

  test('a search and a person hold together; each keeps the other, each its own history entry', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=taylor-swift');
    await searchBox(page).fill('selena');
    await expect.poll(() => address(page)).toBe('/?q=selena&person=taylor-swift');
    await expectWall(page, '/?q=selena&person=taylor-swift');
    expect(momentsAt('/?q=selena&person=taylor-swift').length).toBeLessThan(momentsAt('/?person=taylor-swift').length);

    await page.getByRole('link', { name: 'Remove Taylor Swift', exact: true }).click();
    await expect.poll(() => address(page)).toBe('/?q=selena');
    await expectWall(page, '/?q=selena');
    expect(await searchBox(page).inputValue(), 'the search stays').toBe('selena');
    // Typing again after a filter starts a new entry.
    await searchBox(page).press('End');
    await page.keyboard.type(' gomez');
    await expect.poll(() => address(page)).toBe('/?q=selena+gomez');
    await expectWall(page, '/?q=selena+gomez');

    await page.goBack();
    await expect.poll(() => address(page)).toBe('/?q=selena');
    // The address changes at once, the wall (and the box) as the router renders it: read what the box ends up saying.
    await expect.poll(() => searchBox(page).inputValue(), { message: 'the box says the search of the entry gone back to' }).toBe('selena');
    await page.goBack();
    await expect.poll(() => address(page)).toBe('/?q=selena&person=taylor-swift');
    await page.goBack();
    await expect.poll(() => address(page)).toBe('/?person=taylor-swift');
    await expectWall(page, '/?person=taylor-swift');
    await expect.poll(() => searchBox(page).inputValue()).toBe('');
  });

  test('a search that finds nothing says so and offers to clear it; Escape and Clear all empty the box', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=karol-g');
    await searchBox(page).fill('zzzz');
    await expect.poll(() => address(page)).toBe('/?q=zzzz&person=karol-g');
    await expectWall(page, '/?q=zzzz&person=karol-g');
    await expect.poll(() => page.getByText('No moment matches “zzzz”.').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Clear the search', exact: true }).click();
    await expect.poll(() => address(page)).toBe('/?person=karol-g');
    await expectWall(page, '/?person=karol-g');
    expect(await searchBox(page).inputValue()).toBe('');

    await searchBox(page).fill('karol');
    await expect.poll(() => address(page)).toBe('/?q=karol&person=karol-g');
    await searchBox(page).press('Escape');
    await expect.poll(() => address(page)).toBe('/?person=karol-g');
    expect(await searchBox(page).inputValue()).toBe('');
    expect(await isFocused(page), 'focus stays in the emptied box').toBe(true);

    await searchBox(page).fill('karol');
    await expect.poll(() => address(page)).toBe('/?q=karol&person=karol-g');
    await wall(page).clear.click();
    await expect.poll(() => address(page)).toBe('/');
    await expectWall(page, '/');
    expect(await searchBox(page).inputValue()).toBe('');
  });
});

describe('on a phone', () => {
  test('the search is in the filter sheet; its count is announced there; Escape empties the box before it closes the sheet', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    const sheet = await openSheet(page);
    const box = sheet.getByRole('searchbox', { name: 'Search moments', exact: true });
    await box.tap();
    await page.keyboard.type('karol');
    await expect.poll(() => address(page)).toBe('/?q=karol');
    await expectWall(page, '/?q=karol');
    expect(await sheet.getByRole('status').textContent()).toBe(countText(momentsAt('/?q=karol').length));
    await page.keyboard.press('Escape');
    await expect.poll(() => address(page)).toBe('/');
    expect(await box.inputValue()).toBe('');
    expect(await sheet.isVisible(), 'the sheet stays open').toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.isVisible(), { message: 'a second Escape closes the sheet' }).toBe(false);
  });

  test('a searched wall names its search in the bar: “1 chosen” and a chip that removes it', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/?q=karol');
    await expectWall(page, '/?q=karol');
    expect(await wall(page).sheetButton.textContent()).toMatch(/Filters\s*1 chosen/);
    await chip(page, 'karol').tap();
    await expect.poll(() => address(page)).toBe('/');
    await expectWall(page, '/');
  });

  test('a search fits a 320 px screen', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 568 }, hasTouch: true, deviceScaleFactor: 2 });
    await open(page, `/?q=${'Reneé%20'.repeat(12)}`);
    await settle(page);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, 'the chip of a long search fits').toBeLessThanOrEqual(clientWidth);
    const sheet = await openSheet(page);
    const box = await sheet.getByRole('searchbox', { name: 'Search moments', exact: true }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(box!.height, 'a target of at least 44 px').toBeGreaterThanOrEqual(44);
  });
});

describe('a shared ?q= link', () => {
  test('with the app: the box, the chip, the count and the wall before it runs; it takes over those elements, and typing goes on from there', async () => {
    const page = await browser.newPage();
    // What the box shows in each frame, read just before it is painted.
    await page.addInitScript(() => {
      const seen = window as unknown as { __boxes: string[] };
      seen.__boxes = [];
      const look = () => {
        const box = [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')].find((input) => input.getClientRects().length > 0);
        if (box) seen.__boxes.push(box.value);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    // Hydration runs in slices between frames: on a slow phone's CPU, frames land in the middle of it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const app = await holdApp(page);
    await page.goto(url('/?q=renee'));
    await expectWall(page, '/?q=renee');
    expect(await searchBox(page).inputValue()).toBe('renee');
    expect(await chip(page, 'renee').isVisible()).toBe(true);
    await page.evaluate(() => {
      for (const element of [document.querySelector('input[type="search"]'), document.querySelector('#moments > li:not([hidden])')]) {
        (element as unknown as { __painted: boolean }).__painted = true;
      }
    });
    expect(await appRan(page)).toBe(false);
    app.release();
    await waitForApp(page);
    await expectWall(page, '/?q=renee');
    const kept = await page.evaluate(() =>
      [document.querySelector('input[type="search"]'), document.querySelector('#moments > li:not([hidden])')].map(
        (element) => (element as unknown as { __painted?: boolean }).__painted === true,
      ),
    );
    expect(kept, 'the box and the first card are the elements first painted').toEqual([true, true]);
    expect(await searchBox(page).inputValue()).toBe('renee');
    const boxes = await page.evaluate(() => (window as unknown as { __boxes: string[] }).__boxes);
    const shown = boxes.indexOf('renee');
    expect(shown, 'some frame showed the search').toBeGreaterThanOrEqual(0);
    expect(boxes.slice(shown).filter((value) => value !== 'renee'), 'frames that showed another search once it was shown').toEqual([]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await searchBox(page).press('End');
    await page.keyboard.type(' rapp');
    await expect.poll(() => address(page)).toBe('/?q=renee+rapp');
    await expectWall(page, '/?q=renee+rapp');
    await page.goBack();
    await expect.poll(() => address(page), { message: 'Back returns to the shared search' }).toBe('/?q=renee');
    await expect.poll(() => searchBox(page).inputValue()).toBe('renee');
  });

  // The wall itself searched (its first render is already of the real address: the router above
  // is not yet listening when the page's elements' layout effects run); a shared search with
  // letters added, and a filtered wall searched: the first render is of the prerendered wall
  // (`/`), whose box is empty; the phone sheet's box, not typed in, says the shared search.
  test.each([
    { shared: '/', typed: 'hug', searched: '/?q=hug', box: 'hug' },
    { shared: '/?q=renee', typed: ' rapp', searched: '/?q=renee+rapp', box: 'renee rapp' },
    { shared: '/?person=taylor-swift', typed: 'selena', searched: '/?q=selena&person=taylor-swift', box: 'selena' },
  ])('letters typed before the app’s script runs are kept: once it runs they search $shared, one history entry more', async ({ shared, typed, searched, box }) => {
    const page = await browser.newPage();
    const app = await holdApp(page);
    await page.goto(url(shared));
    await searchBox(page).press('End');
    await page.keyboard.type(typed);
    expect(await appRan(page), 'typed before the app ran').toBe(false);
    app.release();
    await waitForApp(page);
    await expect.poll(() => address(page), { message: 'the letters reach the address' }).toBe(searched);
    await expectWall(page, searched);
    expect(await searchBox(page).inputValue(), 'the box keeps them').toBe(box);
    await page.goBack();
    await expect.poll(() => address(page), { message: 'Back returns to the shared address' }).toBe(shared);
    expect(await searchBox(page).inputValue()).toBe(box.slice(0, box.length - typed.length));
  });

  test('with the app’s script never arriving: its moments, count, box, chip and links, and Enter searches on', async () => {
    const page = await browser.newPage();
    await withoutApp(page);
    await page.goto(url('/?q=taylor'));
    await expectWall(page, '/?q=taylor');
    expect(await searchBox(page).inputValue()).toBe('taylor');
    expect(await chip(page, 'taylor').getAttribute('href')).toBe('/');
    expect(await wall(page).clear.getAttribute('href')).toBe('/');
    expect(await wall(page).filter('Selena Gomez').getAttribute('href'), 'a filter keeps the search').toBe('/?q=taylor&person=selena-gomez');

    await wall(page).filter('Selena Gomez').click();
    await expect.poll(() => address(page)).toBe('/?q=taylor&person=selena-gomez');
    await expectWall(page, '/?q=taylor&person=selena-gomez');

    // Enter submits the box; the page's script keeps the person (a plain GET form would drop her).
    await searchBox(page).fill('zzzz');
    await searchBox(page).press('Enter');
    await expect.poll(() => address(page)).toBe('/?q=zzzz&person=selena-gomez');
    await expectWall(page, '/?q=zzzz&person=selena-gomez');
    await expect.poll(() => page.getByText('No moment matches “zzzz”.').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Clear the search', exact: true }).getAttribute('href')).toBe('/?person=selena-gomez');
    await page.getByRole('link', { name: 'Clear the search', exact: true }).click();
    await expect.poll(() => address(page)).toBe('/?person=selena-gomez');
    await expectWall(page, '/?person=selena-gomez');
    expect(await appRan(page), 'all of it without the app').toBe(false);
  });

  test('with JavaScript off: the box is a plain form to /?q=, and the page says the search needs JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(url('/'));
    await searchBox(page).fill('renee');
    await searchBox(page).press('Enter');
    await expect.poll(() => address(page)).toBe('/?q=renee');
    // (Playwright's text queries skip <noscript>; the browser, with scripting off, shows it.)
    const note = page.getByRole('search').locator('noscript > p');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^Without JavaScript the search cannot narrow the wall/);
    // A static host serves the whole wall: every moment, for Find in page.
    await expectWall(page, '/');
  });
});
