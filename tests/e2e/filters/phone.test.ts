// A phone, 390 px wide, by touch: nothing wider than the screen, and the filters work by tap.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { momentAt } from '../../catalogue';
import { paths } from '../../../src/paths';
import { setupBrowser } from '../support/browser';
import { address, control, dialog, dialogPanel, expectWall, horizontalOverflow, open, openSheet, settle, wall, waitForApp } from '../support/screen';

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

  test('filters work by tap in the filter sheet, and a tapped card opens its moment within the screen', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    const sheet = await openSheet(page);
    await sheet.getByRole('link', { name: 'Karol G', exact: true }).tap();
    await expectWall(page, '/?person=karol-g');
    expect(address(page)).toBe('/?person=karol-g');
    await sheet.getByRole('link', { name: 'Best Collaboration', exact: true }).tap();
    await expectWall(page, '/?person=karol-g&award=best-collaboration');
    await sheet.getByRole('link', { name: 'Clear all filters', exact: true }).tap();
    await expectWall(page, '/');
    expect(address(page)).toBe('/');
    await sheet.getByRole('button', { name: 'Done', exact: true }).tap();
    await expect.poll(() => sheet.isVisible()).toBe(false);

    await wall(page).links.nth(2).tap();
    await expect.poll(() => address(page)).toBe(paths.moment.getHref(momentAt(2).slug));
    await expect.poll(() => dialog(page).count()).toBe(1);
    await settle(page);
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth, 'with the dialog open').toBeLessThanOrEqual(clientWidth);
    const box = await dialogPanel(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(clientWidth + 0.5);
  });
});

describe('on a touch screen (pointer: coarse)', () => {
  /** Each control's height, by name, within `scope`. */
  async function heights(scope: Page | Locator, names: string[]): Promise<Record<string, number>> {
    const found: Record<string, number> = {};
    for (const name of names) found[name] = (await control(scope, name).first().boundingBox())?.height ?? 0;
    return found;
  }
  const TALL = 44;
  const tall = (sizes: Record<string, number>) => Object.fromEntries(Object.entries(sizes).map(([name, height]) => [name, height >= TALL - 0.5]));
  const all = (sizes: Record<string, number>) => Object.fromEntries(Object.keys(sizes).map((name) => [name, true]));

  test('Close, Previous, Next and Share in the dialog, and Back to the wall on a moment’s page, are 44 px tall', async () => {
    const page = await browser.newPage({ phone: true });
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'touch emulation makes pointer: coarse').toBe(true);
    await open(page, '/');
    await wall(page).links.nth(2).tap();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await settle(page);
    const inDialog = await heights(dialog(page), ['Close', 'Previous moment', 'Next moment', 'Share']);
    expect(tall(inDialog), JSON.stringify(inDialog)).toEqual(all(inDialog));

    await open(page, '/moments/selena-gomez-and-rema/');
    const onPage = await heights(page, ['Back to the wall', 'Previous moment', 'Next moment', 'Share']);
    expect(tall(onPage), JSON.stringify(onPage)).toEqual(all(onPage));
  });
});
