// A filtered address someone shared, opened on a slow network or where the app's script never
// arrives: right from its first paint, its filter links work before the app does, and the app
// takes over the very page that was painted.
import { describe, expect, test } from 'vitest';
import { countText, momentsAt } from '../../catalogue';
import { appRan, holdApp, withoutApp } from '../support/app-script';
import { setupBrowser, url } from '../support/browser';
import { address, expectWall, isChosen, openSheet, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();

const TAYLOR = '/?person=taylor-swift';
const TAYLOR_SELENA = '/?person=taylor-swift&person=selena-gomez';
const taylorSlugs = momentsAt(TAYLOR).map((moment) => moment.slug);

/** DevTools' "Slow 4G". */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };

describe('a filtered address, with the app’s script never arriving', () => {
  test('shows its filter, its count and its chosen filter; each link leads on from this address', async () => {
    const page = await browser.newPage();
    await withoutApp(page);
    for (const none of [`${TAYLOR}&person=karol-g`, `${TAYLOR}&award=best-pop`]) {
      expect(momentsAt(none), `no moment for ${none}, for this test to mean anything`).toEqual([]);
    }
    await page.goto(url(TAYLOR));
    await expectWall(page, TAYLOR);
    const { filter, clear } = wall(page);
    expect(await isChosen(filter('Taylor Swift'))).toBe(true);
    expect(await filter('Taylor Swift').getAttribute('href'), 'a chosen filter leads to the wall without it').toBe('/');
    expect(await filter('Selena Gomez').getAttribute('href')).toBe(TAYLOR_SELENA);
    expect(await filter('Karol G').getAttribute('aria-disabled'), 'no moment has both').toBe('true');
    expect(await filter('Karol G').getAttribute('href')).toBeNull();
    expect(await filter('Best Pop').getAttribute('aria-disabled')).toBe('true');
    expect(await clear.getAttribute('href')).toBe('/');

    await filter('Selena Gomez').click();
    await expect.poll(() => address(page)).toBe(TAYLOR_SELENA);
    await expectWall(page, TAYLOR_SELENA);
    await page.getByRole('link', { name: 'Remove Selena Gomez', exact: true }).click();
    await expect.poll(() => address(page)).toBe(TAYLOR);
    await expectWall(page, TAYLOR);
    await clear.click();
    await expect.poll(() => address(page)).toBe('/');
    await expectWall(page, '/');
    expect(await isChosen(filter('Taylor Swift'))).toBe(false);
    expect(await appRan(page), 'all of it without the app').toBe(false);
  });

  test('on a phone, the filter sheet opens, and a person chosen in it leads to the filtered wall', async () => {
    const page = await browser.newPage({ phone: true });
    await withoutApp(page);
    await page.goto(url('/'));
    const sheet = await openSheet(page);
    const { sheetButton } = wall(page);
    await sheet.getByRole('link', { name: 'Karol G', exact: true }).tap();
    await expect.poll(() => address(page)).toBe('/?person=karol-g');
    await expectWall(page, '/?person=karol-g');
    expect(await sheetButton.textContent()).toMatch(/1 chosen/);
    expect(await appRan(page)).toBe(false);
  });
});

describe('a filtered address on a slow network', () => {
  test('on Slow 4G every frame shows only its moments and its count, and the app takes over the same elements', async () => {
    const page = await browser.newPage({ phone: true });
    // Before the page's own scripts: what each frame is about to show, read just before it is painted.
    await page.addInitScript(() => {
      type Frame = { cards: string[]; counts: string[] };
      const seen = window as unknown as { __frames: Frame[]; __firstCard?: Element };
      seen.__frames = [];
      const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
      const look = () => {
        const cards = [...document.querySelectorAll<HTMLElement>('#moments > li')].filter(shown);
        seen.__firstCard ??= cards[0];
        const counts = [...document.querySelectorAll('[role="status"]')].filter(shown).map((element) => element.textContent!.trim());
        seen.__frames.push({ cards: cards.map((card) => card.dataset.slug!), counts: counts.filter((text) => /moments?$/.test(text)) });
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);

    await page.goto(url(TAYLOR), { timeout: 30_000 });
    await waitForApp(page);
    await expectWall(page, TAYLOR);
    const { frames, sameCard } = await page.evaluate(() => {
      const seen = window as unknown as { __frames: { cards: string[]; counts: string[] }[]; __firstCard?: Element };
      return { frames: seen.__frames, sameCard: seen.__firstCard !== undefined && seen.__firstCard === document.querySelector('#moments > li:not([hidden])') };
    });
    const withCards = frames.findIndex((frame) => frame.cards.length > 0);
    expect(withCards, 'some frame showed cards').toBeGreaterThanOrEqual(0);
    const counted = countText(taylorSlugs.length);
    const wrong = frames.filter((frame) => frame.cards.some((slug) => !taylorSlugs.includes(slug)) || frame.counts.some((count) => count !== counted));
    expect(wrong.slice(0, 3), `${wrong.length} of ${frames.length} frames showed moments outside the filter or another count`).toEqual([]);
    const blank = frames.slice(withCards).filter((frame) => frame.cards.length === 0);
    expect(blank.length, 'frames without cards once they were shown').toBe(0);
    expect(sameCard, 'the first card painted is the one the app now runs: nothing rendered afresh').toBe(true);
  });
});

describe('query keys the app does not use', () => {
  for (const path of ['/?utm_source=x', '/?fbclid=IwAR0abc&person=karol-g']) {
    test(`${path} hydrates the prerendered page instead of rendering it afresh`, async () => {
      const page = await browser.newPage();
      const app = await holdApp(page);
      await page.goto(url(path));
      await page.evaluate(() => {
        for (const element of [document.querySelector('h1'), document.querySelector('#moments > li:not([hidden])')]) {
          (element as unknown as { __painted: boolean }).__painted = true;
        }
      });
      app.release();
      await waitForApp(page);
      await expectWall(page, path);
      const kept = await page.evaluate(() =>
        [document.querySelector('h1'), document.querySelector('#moments > li:not([hidden])')].map(
          (element) => (element as unknown as { __painted?: boolean }).__painted === true,
        ),
      );
      expect(kept, 'the heading and the first card are the elements first painted').toEqual([true, true]);
    });
  }
});

describe('Taylor Swift, then Selena Gomez, tapped right after a cold load', () => {
  for (const when of ['never', 'between the taps', 'at once'] as const) {
    test(`end on both together, with the app's script arriving ${when}`, async () => {
      const page = await browser.newPage();
      const app = when === 'at once' ? undefined : await holdApp(page);
      await page.goto(url('/'), { waitUntil: 'commit' });
      await wall(page).filter('Taylor Swift').click();
      await expect.poll(() => address(page)).toBe(TAYLOR);
      if (when === 'between the taps') app!.release();
      await wall(page).filter('Selena Gomez').click();
      await expect.poll(() => address(page)).toBe(TAYLOR_SELENA);
      await expectWall(page, TAYLOR_SELENA);
      if (when === 'between the taps') await waitForApp(page);
      expect(address(page)).toBe(TAYLOR_SELENA);
      app?.release();
    });
  }
});
