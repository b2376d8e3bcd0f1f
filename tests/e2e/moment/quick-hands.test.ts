// Quick hands: double clicks, closes in a row, Back and Forward at once, a held arrow key. What
// counts is where the person ends up, never how fast the app got there.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../catalogue';
import { paths } from '../../../src/paths';
import { setupBrowser } from '../support/browser';
import { expectDialogOn, focusedHref, focusInDialog } from '../support/moment';
import { moves, startedMotion, watchMotion } from '../support/motion';
import { address, control, dialog, expectWall, open, settle, wall } from '../support/screen';

const browser = setupBrowser();
const moments = catalog.moments;

const historyLength = (page: Page) => page.evaluate(() => window.history.length);
/** React Router's index of the current entry: 0 on the first page of the site in this tab. */
const entryIndex = (page: Page) => page.evaluate(() => (window.history.state as { idx?: number } | null)?.idx);

async function expectClosed(page: Page, path = '/'): Promise<void> {
  await expect.poll(() => dialog(page).count(), { message: 'the dialog closes' }).toBe(0);
  expect(page.url(), 'still on the site').toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  expect(address(page)).toBe(path);
}

/** The dialog is open on moment 4 again: named, focus inside it, modal, the wall behind it still. */
async function expectOpenAgain(page: Page): Promise<void> {
  await expectDialogOn(page, moments[3]!);
  await expect.poll(() => focusInDialog(page), { message: 'focus inside the dialog' }).toBe(true);
  expect(await dialog(page).evaluate((shown) => (shown as HTMLDialogElement).open && !(shown as HTMLDialogElement).inert), 'the dialog is modal again').toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY), 'open again: the wall behind does not scroll').toBe('hidden');
}

/**
 * A fresh tab on the wall (its first page of the site: a Back from there leaves it, to the
 * tab's about:blank); opens card `index` by a click and waits for the dialog.
 */
async function openCard(page: Page, index: number, path = '/'): Promise<void> {
  await open(page, path);
  expect(await entryIndex(page), 'the first entry of the site in the tab').toBe(0);
  await wall(page).links.nth(index).click();
  await expectDialogOn(page, moments[index]!);
  await expect.poll(() => focusInDialog(page), { message: 'focus moves into the dialog' }).toBe(true);
}

describe('with quick hands', () => {
  test('a double click on a card opens one dialog and adds one history entry; one Close closes it', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    await expectWall(page, '/');
    const before = await historyLength(page);
    await wall(page).links.nth(1).dblclick();
    await expectDialogOn(page, moments[1]!);
    expect(await historyLength(page), 'one entry added').toBe(before + 1);
    await control(dialog(page), 'Close').click();
    await expectClosed(page);
  });

  const closeTwice: [string, (page: Page) => Promise<void>][] = [
    ['a double click on Close', (page) => control(dialog(page), 'Close').dblclick()],
    ['Escape twice', async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }],
    ['Escape then a click on the backdrop', async (page) => {
      await page.keyboard.press('Escape');
      await page.mouse.click(8, 8);
    }],
  ];
  for (const [how, closeIt] of closeTwice) {
    test(`in a fresh tab, ${how} goes back exactly once: the wall, never off the site`, async () => {
      const page = await browser.newPage();
      await openCard(page, 2);
      await closeIt(page);
      await expectClosed(page);
      expect(await entryIndex(page), 'on the first entry, the wall').toBe(0);
    });
  }

  test('from the moment closing starts, the wall scrolls and a filter clicked 100 ms after Escape works', async () => {
    const page = await browser.newPage();
    await openCard(page, 0);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY), 'scrolling unlocked').not.toBe('hidden');
    await page.waitForTimeout(100);
    // A click where the filter is, as a person's: whatever is on top there gets it.
    const box = await wall(page).filter('Karol G').boundingBox();
    expect(box, 'the filter is on screen').not.toBeNull();
    expect(box!.y > 0 && box!.y + box!.height < page.viewportSize()!.height, `the filter is in the window (top ${box!.y})`).toBe(true);
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect.poll(() => address(page), { message: 'the filter was applied' }).toBe('/?person=karol-g');
    await expectWall(page, '/?person=karol-g');
    // The filter can come before the dialog's fade is over (it started 100 ms before the click):
    // what counts is that the dialog goes, and the wall stays filtered.
    await expect.poll(() => dialog(page).count(), { message: 'the dialog is gone once its fade is over' }).toBe(0);
    expect(address(page)).toBe('/?person=karol-g');
  });

  test('Back then Forward while the dialog is still fading out reopens it with focus inside it; Escape then closes it', async () => {
    const page = await browser.newPage();
    await openCard(page, 3);
    // The race made on purpose: Back, and every animation the dialog then starts (its fade out)
    // is held at its first frame; the Forward is sent once the Back has released the dialog (the
    // wall scrolls again) and its fade out has started, so it lands while the dialog is still on
    // screen however fast or slow the machine is. The held fade is let go afterwards.
    await settle(page);
    const atForward = await page.evaluate(
      () =>
        new Promise<{ released: boolean; fading: boolean; onScreen: boolean; seen: string }>((resolve) => {
          const root = document.documentElement;
          // The moment's dialog, the one with an artwork (the filter sheet is a <dialog> too).
          const shown = document.querySelector('dialog:has([data-artwork])');
          const animate = Element.prototype.animate;
          const held: Animation[] = [];
          (window as unknown as { __held: Animation[] }).__held = held;
          const opacities = (animation: Animation) =>
            (animation.effect as KeyframeEffect).getKeyframes().flatMap((frame) => ('opacity' in frame ? [String(frame.opacity)] : []));
          // The dialog's own fade out: an animation of its opacity that ends at 0.
          const fading = () => held.some((animation) => (animation.effect as KeyframeEffect).target === shown && opacities(animation).at(-1) === '0');
          const observer = new MutationObserver(() => forwardOnce());
          let sent = false;
          function forwardOnce(timedOut = false) {
            if (sent || (!timedOut && (root.classList.contains('overflow-hidden') || !fading()))) return;
            sent = true;
            observer.disconnect();
            Element.prototype.animate = animate;
            const onScreen = shown !== null && shown.isConnected && shown.checkVisibility() && getComputedStyle(shown).opacity !== '0';
            const released = getComputedStyle(root).overflowY !== 'hidden';
            const seen = JSON.stringify({
              dialog: shown && { connected: shown.isConnected, visible: shown.checkVisibility(), opacity: getComputedStyle(shown).opacity },
              held: held.map((animation) => ({
                on: (animation.effect as KeyframeEffect).target?.tagName,
                opacity: opacities(animation).join('→'),
                time: animation.currentTime,
                state: animation.playState,
              })),
            });
            if (!timedOut) window.history.forward();
            resolve({ released, fading: fading(), onScreen, seen });
          }
          Element.prototype.animate = function (this: Element, keyframes, options) {
            const animation = animate.call(this, keyframes, options);
            if (this.closest('dialog')) {
              // Its clock stopped, not paused: framer-motion sets its start time, which would resume a pause.
              animation.playbackRate = 0;
              held.push(animation);
              queueMicrotask(() => forwardOnce());
            }
            return animation;
          };
          observer.observe(root, { attributes: true, attributeFilter: ['class'] });
          window.history.back();
          setTimeout(() => forwardOnce(true), 5_000);
        }),
    );
    expect(atForward.released, `the Back released the dialog: the wall scrolls again (${atForward.seen})`).toBe(true);
    expect(atForward.fading, `the Back started the dialog’s fade out (${atForward.seen})`).toBe(true);
    expect(atForward.onScreen, `the Forward came while the dialog was still on screen (${atForward.seen})`).toBe(true);
    await expect.poll(() => entryIndex(page), { message: 'Back, then Forward' }).toBe(1);
    await expectOpenAgain(page);
    // The held fade let go: whatever it does now, the dialog stays open.
    await page.evaluate(() => {
      const held = (window as unknown as { __held: Animation[] }).__held;
      for (const animation of held) if (animation.playState === 'running') animation.playbackRate = 1;
    });
    await settle(page);
    await expectOpenAgain(page);
    expect(await dialog(page).evaluate((shown) => getComputedStyle(shown).opacity), 'the dialog is drawn whole, not faded').toBe('1');
    await page.keyboard.press('Escape');
    await expectClosed(page);
    // Escape went back over the dialog's one entry: the wall is the tab's first page of the site.
    expect(await entryIndex(page), 'on the first entry, the wall').toBe(0);
  });

  test('twenty presses of → or ← in a row move twenty moments (or to the end): none are dropped', async () => {
    const page = await browser.newPage();
    await openCard(page, 0);
    for (let press = 0; press < 12; press++) await page.keyboard.press('ArrowRight');
    await expectDialogOn(page, moments[12]!);
    for (let press = 0; press < 20; press++) await page.keyboard.press('ArrowLeft');
    await expectDialogOn(page, moments[0]!);
    for (let press = 0; press < 20; press++) await page.keyboard.press('ArrowRight');
    await expectDialogOn(page, moments[Math.min(20, moments.length - 1)]!);
  });
});

describe('coming back to the wall', () => {
  test('closing after stepping lands on the card of the moment on screen: scrolled into view, focused, the artwork gliding to it', async () => {
    const page = await browser.newPage();
    await openCard(page, 0);
    for (let press = 0; press < 10; press++) await page.keyboard.press('ArrowRight');
    await expectDialogOn(page, moments[10]!);
    const target = moments[10]!;
    await watchMotion(page);
    await page.keyboard.press('Escape');
    await expectClosed(page);
    await expect.poll(() => focusedHref(page), { message: 'focus on the card on screen at close' }).toBe(paths.moment.getHref(target.slug));
    const card = await wall(page).items.nth(10).boundingBox();
    const viewport = page.viewportSize()!;
    expect(card!.y + card!.height > 0 && card!.y < viewport.height, `the card is in view (top ${card!.y})`).toBe(true);
    const started = await startedMotion(page);
    const glides = started.filter((record) => record.kind === 'animate' && record.art && !record.dialog && record.slug === target.slug && moves(record));
    expect(glides.length, `a glide of the card's artwork from the dialog's (started: ${JSON.stringify(started)})`).toBe(1);
  });

  test('a step and Escape at once: the dialog closes, onto the card of the moment on screen (stepped to, or not yet)', async () => {
    const page = await browser.newPage();
    await openCard(page, 4);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expectClosed(page);
    const cards = [moments[4]!, moments[5]!].map((moment) => paths.moment.getHref(moment.slug));
    await expect.poll(() => focusedHref(page), { message: 'focus on a card of the two' }).toBeOneOf(cards);
  });

  test('from a moment opened cold, "Back to the wall" lands on that moment’s card, scrolled to and focused', async () => {
    const page = await browser.newPage();
    const moment = moments[13]!;
    await open(page, paths.moment.getHref(moment.slug));
    await page.getByRole('link', { name: 'Back to the wall', exact: true }).click();
    await expectClosed(page);
    await expectWall(page, '/');
    await expect.poll(() => focusedHref(page), { message: 'focus on the moment’s card' }).toBe(paths.moment.getHref(moment.slug));
    const card = await wall(page).items.nth(13).boundingBox();
    const viewport = page.viewportSize()!;
    expect(card!.y >= -1 && card!.y + card!.height <= viewport.height + 1, `the card is in view (top ${card!.y})`).toBe(true);
  });
});
