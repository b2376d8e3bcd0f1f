// The moment dialog on phones: a reload starts at the top, Close is in reach at the bottom of a
// long dialog, a tap on the backdrop closes, and a sideways swipe anywhere on the panel steps.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { momentAt } from '../../catalogue';
import { catalog } from '../../../src/content/catalog';
import type { Moment } from '../../../src/content/types';
import { setupBrowser } from '../support/browser';
import { swipe } from '../support/gestures';
import { expectDialogOn } from '../support/moment';
import { address, dialog, dialogPanel, expectWall, inWindow, open, settle, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();
const SMALL = { width: 320, height: 568 } as const;

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

describe('the moment dialog on a phone', () => {
  test('a reload of a moment opened from a scrolled wall starts at the top of its page', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    await expectWall(page, '/');
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
    await expectWall(page, '/');
    await tapCard(page, catalog.moments.length - 1);
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
    await expectWall(page, '/');
    await tapCard(page, 1);
    const heading = () => dialog(page).getByRole('heading', { level: 2 });

    await swipe(page, heading(), -150, 0);
    await expectDialogOn(page, momentAt(2));
    await settle(page);
    await swipe(page, heading(), 150, 0);
    await expectDialogOn(page, momentAt(1));
    await settle(page);

    await swipe(page, heading(), 30, -200);
    await settle(page);
    await expectDialogOn(page, momentAt(1));
    expect(await dialog(page).evaluate((element) => element.scrollTop), 'the dialog scrolled').toBeGreaterThan(0);
  });
});
