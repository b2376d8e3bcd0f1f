// A moment opened from the wall shows over it as a dialog; the same address opened cold is a page.
import { describe, expect, test } from 'vitest';
import { catalog, momentAt, momentsAt } from '../../catalogue';
import { creditLine, momentTitle } from '../../../src/content/catalog';
import { paths } from '../../../src/paths';
import { setupBrowser } from '../support/browser';
import { focusedHref, focusInDialog, openFromWall } from '../support/moment';
import { address, control, dialog, expectWall, open, wall } from '../support/screen';

const browser = setupBrowser();
const [first, second, third] = [momentAt(0), momentAt(1), momentAt(2)];

describe('the moment dialog', () => {
  test('opens over the wall at the moment’s address: modal, named by its heading, with caption and credit', async () => {
    const page = await browser.newPage();
    const moment = await openFromWall(page, 2);
    const box = dialog(page, momentTitle(moment));
    expect(address(page)).toBe(paths.moment.getHref(moment.slug));
    expect(await box.getAttribute('aria-modal')).toBe('true');
    expect(await box.getByText(moment.caption, { exact: true }).isVisible()).toBe(true);
    expect(await box.getByText(creditLine(moment), { exact: true }).isVisible()).toBe(true);
    expect(await box.getByText(`In the photo: ${moment.alt}.`).isVisible()).toBe(true);
    // The artwork is not the photo: nothing in the dialog passes for an image.
    expect(await box.getByRole('img').count()).toBe(0);
    for (const name of ['Previous moment', 'Next moment', 'Close', 'Share']) {
      expect(await control(box, name).count(), name).toBe(1);
    }
    // The wall is still there behind it, inert: nothing of it takes focus or a click.
    expect(await wall(page).items.count()).toBe(catalog.moments.length);
    expect(await box.evaluate((element) => element.matches(':modal')), 'a modal dialog').toBe(true);
    const card = wall(page).links.first();
    const focusable = await card.evaluate((link) => {
      link.focus();
      return document.activeElement === link;
    });
    expect(focusable, 'a card behind cannot take focus').toBe(false);
    const { x, y, width, height } = (await card.boundingBox())!;
    expect(await page.evaluate(([cx, cy]) => Boolean(document.elementFromPoint(cx!, cy!)?.closest('dialog')), [x + width / 2, y + height / 2]), 'a click on a card lands on the dialog').toBe(true);
    await expect.poll(() => focusInDialog(page), { message: 'focus moves into the dialog' }).toBe(true);
  });

  test('keeps Tab inside the dialog', async () => {
    const page = await browser.newPage();
    await openFromWall(page, 0);
    await expect.poll(() => focusInDialog(page)).toBe(true);
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page), `after Tab ${press + 1}`).toBe(true);
    }
    for (let press = 0; press < 5; press++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDialog(page), `after Shift+Tab ${press + 1}`).toBe(true);
    }
  });

  test('Escape closes it, back to the wall, focus on the card that opened it', async () => {
    const page = await browser.newPage();
    const moment = await openFromWall(page, 4);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(address(page)).toBe('/');
    await expect.poll(() => focusedHref(page), { message: 'focus returns to the card link' }).toBe(paths.moment.getHref(moment.slug));
  });

  test('Next and Previous moment, and the arrow keys, move between moments in place of each other in history', async () => {
    const page = await browser.newPage();
    await openFromWall(page, 0);

    await control(dialog(page), 'Next moment').click();
    await expect.poll(() => dialog(page, momentTitle(second)).count()).toBe(1);
    expect(address(page)).toBe(paths.moment.getHref(second.slug));

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dialog(page, momentTitle(third)).count()).toBe(1);
    expect(address(page)).toBe(paths.moment.getHref(third.slug));

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => dialog(page, momentTitle(second)).count()).toBe(1);
    await control(dialog(page), 'Previous moment').click();
    await expect.poll(() => dialog(page, momentTitle(first)).count()).toBe(1);
    expect(address(page)).toBe(paths.moment.getHref(first.slug));

    // Moving replaced the history entry: one step back is the wall.
    await page.goBack();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(address(page)).toBe('/');
    await expectWall(page, '/');
  });

  test('on a filtered wall, Next moment stays within the filter', async () => {
    const page = await browser.newPage();
    const [firstOfKarol, secondOfKarol] = momentsAt('/?person=karol-g');
    expect(secondOfKarol, 'Karol G must be in two moments for this test to mean anything').toBeDefined();
    await open(page, '/?person=karol-g');
    await expectWall(page, '/?person=karol-g');
    await wall(page).links.first().click();
    await expect.poll(() => address(page)).toBe(paths.moment.getHref(firstOfKarol!.slug));
    await control(dialog(page), 'Next moment').click();
    await expect.poll(() => address(page)).toBe(paths.moment.getHref(secondOfKarol!.slug));
    await page.keyboard.press('Escape');
    await expect.poll(() => address(page)).toBe('/?person=karol-g');
    await expectWall(page, '/?person=karol-g');
  });

  test('Close closes it', async () => {
    const page = await browser.newPage();
    await openFromWall(page, 1);
    await control(dialog(page), 'Close').click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(address(page)).toBe('/');
  });

  test('Share copies the moment’s own address where there is no share sheet, and says so', async () => {
    const page = await browser.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const moment = await openFromWall(page, 2);
    const hasShareSheet = await page.evaluate(() => typeof navigator.share === 'function');
    expect(hasShareSheet, 'this test expects headless Chromium without a share sheet').toBe(false);
    await control(dialog(page), 'Share').click();
    await expect
      .poll(() => dialog(page).getByRole('status').textContent())
      .toMatch(/copied/i);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(paths.moment.getHref(moment.slug));
  });
});

describe('the same address opened cold', () => {
  test('is a full page with a link back to the wall', async () => {
    const page = await browser.newPage();
    await open(page, paths.moment.getHref(second.slug));
    expect(await dialog(page).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(momentTitle(second));
    await page.getByRole('link', { name: 'Back to the wall' }).click();
    await expect.poll(() => address(page)).toBe('/');
    await expectWall(page, '/');
  });
});
