// The moment dialog in motion: coming back to the same place, Back, the backdrop, swipes,
// a reload, and the card's artwork growing into the dialog's.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { momentAt } from '../../catalogue';
import { momentTitle } from '../../../src/content/catalog';
import type { MomentEntry as Moment } from '../../../src/content/types';
import { paths } from '../../../src/paths';
import { setupBrowser } from '../support/browser';
import { clickWhereItIs, swipe } from '../support/gestures';
import { expectDialogOn, focusedHref, focusInDialog, openFromWall } from '../support/moment';
import { fades, glideAt, holdGlides, moves, placeNow, placesSeen, releaseGlides, startedMotion, watchMotion, watchPlaces, type Started } from '../support/motion';
import { address, dialog, dialogPanel, expectWall, open, settle, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** The dialog's artwork (decorative, so found by its data attribute, not a role). */
const dialogArtwork = (page: Page, moment: Moment) => dialog(page).locator(`[data-artwork="${moment.slug}"]`);

/** Index of the first card link (with a moment after it) whose whole box is inside the window. */
async function firstCardInView(page: Page): Promise<number> {
  const boxes = await wall(page).links.evaluateAll((links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, left: box.left, right: box.right };
    }),
  );
  const viewport = page.viewportSize()!;
  const index = boxes.findIndex(
    (box, at) => at < boxes.length - 1 && box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width,
  );
  expect(index, 'a card link wholly in the window').toBeGreaterThanOrEqual(0);
  return index;
}

describe('closing the dialog', () => {
  test('Escape after moving on and back: the wall where it was, focus on the card of the moment on screen', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    await expectWall(page, '/');
    await settle(page);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await settle(page);
    const before = await scrollY(page);
    expect(before, 'the wall must be scrolled down for this test to mean anything').toBeGreaterThan(1000);

    const index = await firstCardInView(page);
    const opened = momentAt(index);
    await clickWhereItIs(page, wall(page).links.nth(index));
    await expectDialogOn(page, opened);
    await expect.poll(() => focusInDialog(page), { message: 'focus moves into the dialog' }).toBe(true);

    await page.keyboard.press('ArrowRight');
    await expectDialogOn(page, momentAt(index + 1));
    await page.keyboard.press('ArrowLeft');
    await expectDialogOn(page, opened);

    // Its card is in view: the wall does not move (quick-hands.test.ts brings one into view).
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count(), { message: 'the dialog closes' }).toBe(0);
    expect(address(page)).toBe('/');
    await settle(page);
    expect(Math.abs((await scrollY(page)) - before), `scrollY ${await scrollY(page)}, was ${before}`).toBeLessThanOrEqual(2);
    await expect
      .poll(() => focusedHref(page), {
        message: 'focus returns to the link of the card of the moment on screen',
      })
      .toBe(paths.moment.getHref(opened.slug));
  });

  test('one Back closes it, even after moving twice with ArrowRight', async () => {
    const page = await browser.newPage();
    await openFromWall(page, 3);
    await page.keyboard.press('ArrowRight');
    await expectDialogOn(page, momentAt(4));
    await page.keyboard.press('ArrowRight');
    await expectDialogOn(page, momentAt(5));

    await page.goBack();
    await expect.poll(() => dialog(page).count(), { message: 'the dialog closes' }).toBe(0);
    expect(address(page)).toBe('/');
    await expectWall(page, '/');
  });

  test('a click on the backdrop, outside the panel, closes it', async () => {
    const page = await browser.newPage();
    await openFromWall(page, 1);
    await settle(page);
    const panel = await dialogPanel(page).boundingBox();
    expect(panel, 'the dialog is on screen').not.toBeNull();
    const [x, y] = [10, 10];
    const inside = x >= panel!.x && x <= panel!.x + panel!.width && y >= panel!.y && y <= panel!.y + panel!.height;
    expect(inside, `(${x}, ${y}) must be outside the dialog panel`).toBe(false);

    await page.mouse.click(x, y);
    await expect.poll(() => dialog(page).count(), { message: 'the dialog closes' }).toBe(0);
    expect(address(page)).toBe('/');
    await expectWall(page, '/');
  });
});

describe('on a phone', () => {
  test('a swipe left on the artwork goes to the next moment, a swipe right comes back', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    await expectWall(page, '/');
    await settle(page);
    await wall(page).links.nth(1).tap();
    await expectDialogOn(page, momentAt(1));
    await settle(page);

    await swipe(page, dialogArtwork(page, momentAt(1)), -150);
    await expectDialogOn(page, momentAt(2));
    await settle(page);

    await swipe(page, dialogArtwork(page, momentAt(2)), 150);
    await expectDialogOn(page, momentAt(1));
  });
});

describe('a reload with the dialog open', () => {
  test('shows the moment as a full page, with a link back to the wall', async () => {
    const page = await browser.newPage();
    const moment = await openFromWall(page, 3);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { message: 'the page’s h1' }).toBe(momentTitle(moment));
    expect(await dialog(page).count(), 'no dialog after a reload').toBe(0);
    expect(await wall(page).list.count(), 'no wall behind it: a page of its own').toBe(0);
    expect(address(page)).toBe(paths.moment.getHref(moment.slug));
    expect(await page.getByRole('link', { name: 'Back to the wall' }).isVisible()).toBe(true);
    expect(await page.getByText(moment.caption, { exact: true }).isVisible()).toBe(true);
    // Let the app load and hydrate, so that any error it reports fails this test.
    await waitForApp(page);
    await settle(page);
    expect(await dialog(page).count(), 'still no dialog once the app runs').toBe(0);
  });
});

/** The wall, scrolled a little and still: the first card wholly in view, and its moment. */
async function cardInViewOfScrolledWall(page: Page): Promise<{ index: number; moment: Moment }> {
  await open(page, '/');
  await expectWall(page, '/');
  await settle(page);
  await page.evaluate(() => window.scrollTo(0, 400));
  await settle(page);
  const index = await firstCardInView(page);
  return { index, moment: momentAt(index) };
}

/**
 * Opens the card in view from the wall, recording what motion that starts and every place the
 * dialog's artwork is drawn in, frame by frame, until it stands still where it ends (`final`).
 */
async function openWatching(page: Page): Promise<{ moment: Moment; started: Started[]; places: string[]; final: string | null }> {
  const { index, moment } = await cardInViewOfScrolledWall(page);
  const art = `dialog [data-artwork="${moment.slug}"]`;
  await watchMotion(page);
  await watchPlaces(page, art);
  await clickWhereItIs(page, wall(page).links.nth(index));
  await expectDialogOn(page, moment);
  await settle(page);
  return { moment, started: await startedMotion(page), places: await placesSeen(page), final: await placeNow(page, art) };
}

describe('the artwork', () => {
  test('grows from the card into the dialog', async () => {
    const page = await browser.newPage({ reducedMotion: 'no-preference' });
    const { index, moment } = await cardInViewOfScrolledWall(page);
    const card = await placeNow(page, `[data-slug="${moment.slug}"] [data-artwork]`);
    expect(card, 'the card’s artwork is on screen').not.toBeNull();
    // The glide is held at its first frame as it starts and looked at along its course: what it
    // draws, however slowly this machine draws frames.
    const art = `dialog [data-artwork="${moment.slug}"]`;
    await holdGlides(page);
    await clickWhereItIs(page, wall(page).links.nth(index));
    await expectDialogOn(page, moment);

    const start = await glideAt(page, art, 0);
    expect(start, 'the dialog’s artwork glides (a Web Animation on it)').not.toBeNull();
    const near = (a: string, b: string) => a.split(',').every((n, at) => Math.abs(Number(n) - Number(b.split(',')[at])) <= 2);
    expect(near(start!, card!), `it starts in the card’s place: ${start} (the card: ${card})`).toBe(true);
    const halfway = await glideAt(page, art, 0.5);
    await releaseGlides(page);
    await settle(page);
    const final = await placeNow(page, art);
    expect(final, 'the dialog’s artwork is on screen').not.toBeNull();
    expect(near(final!, card!), `it ends elsewhere than the card: ${final}`).toBe(false);
    expect([start, final], `halfway it is between the two: ${halfway}`).not.toContain(halfway);
  });

  test('with prefers-reduced-motion, it is in its final place at once (the dialog only fades)', async () => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const { started, places, final } = await openWatching(page);
    // A jump writes where it was once, then nothing; a glide writes the ways between.
    const written = new Set(started.filter((record) => record.art && record.dialog && moves(record)).map((record) => record.from));
    expect(written.size, `the artwork is never shown between two places: ${[...written].join(' | ')}`).toBeLessThanOrEqual(1);
    // Seen frame by frame, from the first frame that drew it: one place, where it ends. (An empty
    // record, nothing seen at all, fails here: it proves nothing.)
    expect(final, 'the dialog’s artwork is on screen').not.toBeNull();
    expect(places, 'every place the dialog’s artwork was drawn in, frame by frame').toEqual([final]);
    expect(started.some((record) => !record.art && fades(record)), 'the dialog fades in').toBe(true);
  });
});
