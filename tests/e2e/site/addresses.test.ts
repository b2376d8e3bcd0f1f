// Addresses typed, pasted or cut short: filter values in any spelling, values we don't know,
// and moment addresses with a typo. Every one gets a clear answer, and nothing widens the page.
import { describe, expect, test } from 'vitest';
import { momentBySlug } from '../../catalogue';
import { momentTitle } from '../../../src/content/catalog';
import { setupBrowser } from '../support/browser';
import { address, expectWall, horizontalOverflow, isChosen, open, settle, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();
const selenaAndRema = momentTitle(momentBySlug('selena-gomez-and-rema'));

describe('filter values in the address', () => {
  test('match whatever their spelling, and the address is tidied to the canonical one', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=TAYLOR%20Swift');
    await expectWall(page, '/?person=taylor-swift');
    expect(await isChosen(wall(page).filter('Taylor Swift'))).toBe(true);
    await expect.poll(() => address(page)).toBe('/?person=taylor-swift');
  });

  for (const { width, phone } of [{ width: 390, phone: true }, { width: 1440, phone: false }]) {
    test(`a 3,000-character unknown value never widens the page at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, phone });
      await open(page, `/?person=${'x'.repeat(3000)}&person=%E2%80%AEevil&person=two&award=three`);
      await expectWall(page, '/');
      const notice = page.getByText(/We ignored filters we don’t know/);
      await expect.poll(() => notice.textContent()).toBe(`We ignored filters we don’t know: person “${'x'.repeat(39)}…”, person “evil”, person “two” and 1 more. Remove them`);
      await settle(page);
      const { scrollWidth, clientWidth } = await horizontalOverflow(page);
      expect(clientWidth).toBe(width);
      // (On a desktop, the stable scrollbar gutter leaves the scroll width a little under the viewport.)
      expect(scrollWidth, 'document scroll width').toBeLessThanOrEqual(width);
    });
  }
});

describe('a filter value a typo away from a person', () => {
  test('/?person=taylor-swit asks "Did you mean Taylor Swift?", which leads to her moments', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=taylor-swit');
    await page.getByRole('link', { name: 'Did you mean Taylor Swift?' }).click();
    await expect.poll(() => address(page)).toBe('/?person=taylor-swift');
    await expectWall(page, '/?person=taylor-swift');
    expect(await isChosen(wall(page).filter('Taylor Swift'))).toBe(true);
  });
});

describe('a page asked for by its file, index.html', () => {
  test('/moments/nsync-reunited/index.html stays the moment, at its folder address', async () => {
    const page = await browser.newPage();
    await open(page, '/moments/nsync-reunited/index.html');
    await expect.poll(() => address(page)).toBe('/moments/nsync-reunited/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(momentTitle(momentBySlug('nsync-reunited')));
  });

  test('/index.html?person=rema stays the filtered wall, at its folder address', async () => {
    const page = await browser.newPage();
    await open(page, '/index.html?person=rema');
    await expect.poll(() => address(page)).toBe('/?person=rema');
    expect(await isChosen(wall(page).filter('Rema'))).toBe(true);
  });
});

describe('a mistyped moment address', () => {
  for (const path of ['/moments/selena-gomes-and-rema/', '/moments/Selena-Gomez-And-Rema/']) {
    test(`${path} shows the not-found page, asking "Did you mean" the closest moments`, async () => {
      const page = await browser.newPage();
      expect(await browser.gotoNotFound(page, path)).toBe(404);
      await waitForApp(page);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Moment not found');
      const suggestions = page.getByRole('region', { name: 'Did you mean' }).getByRole('link');
      await expect.poll(() => suggestions.count()).toBeGreaterThanOrEqual(1);
      expect(await suggestions.count()).toBeLessThanOrEqual(3);
      expect(await suggestions.first().textContent()).toBe(selenaAndRema);
      await suggestions.first().click();
      await expect.poll(() => address(page)).toBe('/moments/selena-gomez-and-rema/');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(selenaAndRema);
    });
  }

  test('without JavaScript, still says how a moment address looks, and leads back to the wall', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    expect(await browser.gotoNotFound(page, '/moments/selena-gomes-and-rema/')).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.getByText(/Moment addresses are lowercase words joined by hyphens, like \/moments\/selena-gomez-and-rema\//).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Back to the wall' }).getAttribute('href')).toBe('/');
  });
});
