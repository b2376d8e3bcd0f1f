// A phone, 390 px wide, by touch: nothing wider than the screen, and the filters work by tap.
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './browser';
import { address, dialog, expectMoments, horizontalOverflow, open, settle, wall, waitForApp } from './screen';

const browser = setupBrowser();

describe('on a phone (390 px, touch)', () => {
  for (const path of ['/', '/?person=karol-g', '/moments/selena-gomez-and-rema/']) {
    test(`${path} fits the width of the screen`, async () => {
      const page = await browser.newPage({ phone: true });
      await open(page, path);
      await settle(page);
      const { scrollWidth, clientWidth } = await horizontalOverflow(page);
      expect(clientWidth).toBe(390);
      expect(scrollWidth, 'document scroll width').toBeLessThanOrEqual(clientWidth);
    });
  }

  test('the not-found page fits the width of the screen', async () => {
    const page = await browser.newPage({ phone: true });
    expect(await browser.gotoNotFound(page, '/moments/no-such-moment/')).toBe(404);
    await waitForApp(page);
    await settle(page);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  test('filters work by tap, and a tapped card opens its moment within the screen', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    await wall(page).filter('Karol G').tap();
    await expectMoments(page, 3);
    expect(address(page)).toBe('/?person=karol-g');
    await wall(page).filter('Best Collaboration').tap();
    await expectMoments(page, 1);
    await wall(page).clear.tap();
    await expectMoments(page, 19);
    expect(address(page)).toBe('/');

    await wall(page).links.nth(2).tap();
    await expect.poll(() => address(page)).toBe('/moments/selena-gomez-and-rema/');
    await expect.poll(() => dialog(page).count()).toBe(1);
    await settle(page);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, 'with the dialog open').toBeLessThanOrEqual(clientWidth);
    const box = await dialog(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(clientWidth + 0.5);
  });
});
