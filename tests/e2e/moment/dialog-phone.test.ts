// The moment dialog on phones: a reload starts at the top, Close is in reach at the bottom of a
// long dialog, a tap on the backdrop closes, and a sideways swipe anywhere on the panel steps.
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { catalog, momentTitle } from '../../../src/content/catalog';
import type { Moment } from '../../../src/content/types';
import { paths } from '../../../src/paths';
import { setupBrowser } from '../support/browser';
import { address, dialog, dialogPanel, expectMoments, open, settle, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();
const momentAt = (index: number): Moment => catalog.moments[index]!;
const SMALL = { width: 320, height: 568 } as const;

/** Waits until the dialog shows `moment`, at its address. */
async function expectDialogOn(page: Page, moment: Moment): Promise<void> {
  await expect.poll(() => address(page), { message: `the address of "${momentTitle(moment)}"` }).toBe(paths.moment.getHref(moment.slug));
  await expect.poll(() => dialog(page, momentTitle(moment)).count(), { message: 'the dialog is named after it' }).toBe(1);
}

/** Taps card `index` of the wall and waits for its dialog. */
async function tapCard(page: Page, index: number): Promise<Moment> {
  const link = wall(page).links.nth(index);
  await link.scrollIntoViewIfNeeded();
  await settle(page);
  await link.tap();
  await expectDialogOn(page, momentAt(index));
  await settle(page);
  return momentAt(index);
}

/** True when the whole of `target` is inside the window. */
async function inWindow(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const { width, height } = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

/** One finger from the middle of `target`, moving (dx, dy), through the DevTools protocol. */
async function drag(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  const box = await target.boundingBox();
  expect(box, 'the element is on screen').not.toBeNull();
  const x = box!.x + box!.width / 2 - dx / 2;
  const y = box!.y + box!.height / 2 - dy / 2;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    const steps = 6;
    for (let step = 1; step <= steps; step++) {
      const point = { x: x + (dx * step) / steps, y: y + (dy * step) / steps };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

describe('the moment dialog on a phone', () => {
  test('a reload of a moment opened from a scrolled wall starts at the top of its page', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    await expectMoments(page, 19);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await settle(page);
    expect(await page.evaluate(() => window.scrollY), 'the wall is scrolled down').toBeGreaterThan(1000);
    await tapCard(page, 6);

    await page.reload();
    await waitForApp(page);
    await settle(page);
    expect(await dialog(page).count(), 'a page of its own').toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inWindow(page, page.getByRole('link', { name: 'Back to the wall' })), 'Back to the wall is in view').toBe(true);
    expect(await inWindow(page, page.getByRole('heading', { level: 1 })), 'the heading is in view').toBe(true);
  });

  test('at 320×568, Close is in view at the bottom of a long dialog, and a tap on the backdrop closes it', async () => {
    const page = await browser.newPage({ phone: true, viewport: SMALL });
    await open(page, '/');
    await expectMoments(page, 19);
    await tapCard(page, 18);
    // The dialog covers the screen and scrolls; the panel is the box inside it.
    const scroller = dialog(page);
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await settle(page);
    expect(await scroller.evaluate((element) => element.scrollTop), 'the dialog is scrolled down').toBeGreaterThan(500);
    expect(await inWindow(page, dialog(page).getByRole('button', { name: 'Close' })), 'Close is in view').toBe(true);

    const panel = (await dialogPanel(page).boundingBox())!;
    const [x, y] = [panel.x / 2, SMALL.height / 2];
    expect(x > 0 && x < panel.x, 'the tap is on the strip beside the panel').toBe(true);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => dialog(page).count(), { message: 'the dialog closes' }).toBe(0);
    expect(address(page)).toBe('/');
  });

  test('a sideways swipe on the heading steps; a vertical one scrolls and stays', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    await expectMoments(page, 19);
    await tapCard(page, 1);
    const heading = () => dialog(page).getByRole('heading', { level: 2 });

    await drag(page, heading(), -150, 0);
    await expectDialogOn(page, momentAt(2));
    await settle(page);
    await drag(page, heading(), 150, 0);
    await expectDialogOn(page, momentAt(1));
    await settle(page);

    await drag(page, heading(), 30, -200);
    await settle(page);
    await expectDialogOn(page, momentAt(1));
    expect(await dialog(page).evaluate((element) => element.scrollTop), 'the dialog scrolled').toBeGreaterThan(0);
  });
});
