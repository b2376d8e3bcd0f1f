// A moment over the wall, in every engine: opened from its card, stepped, closed.
import { expect } from 'vitest';
import { momentsAt } from '../../catalogue';
import { paths } from '../../../src/paths';
import type { Tab } from '../support/engines/driver';
import { stillnessInPage } from '../support/fit';
import { moves, startedInPage, watchMotionInPage } from '../support/motion';
import { forEachEngine } from '../support/engines/session';
import { card, CLOSE, DIALOG, expectDialogOn, expectWall, pager } from '../support/engines/screen';

const moments = momentsAt('/');

/** React Router's index of the current history entry: 0 on the tab's first page of the site. */
const entryIndex = (tab: Tab) => tab.evaluate(() => (history.state as { idx?: number } | null)?.idx ?? null);

/** Waits until the dialog has closed onto the wall with focus on the card of `index`, on screen. */
async function expectClosedOnCard(tab: Tab, index: number, how: string): Promise<void> {
  await expect.poll(() => tab.count(DIALOG), { message: `${tab.engine}: ${how} closes the dialog` }).toBe(0);
  await expect.poll(() => tab.address(), { message: `${tab.engine}: ${how} leads back to the wall` }).toBe('/');
  await expect
    .poll(async () => (await tab.focused()).href, { message: `${tab.engine}: after ${how}, focus on the card` })
    .toBe(paths.moment.getHref(moments[index]!.slug));
  const onScreen = await tab.evaluate(() => {
    const box = document.activeElement!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  expect(onScreen, `${tab.engine}: after ${how}, the focused card is on screen`).toBe(true);
}

/** Opens the wall in a fresh tab and card `index` by a click. */
async function openCard(tab: Tab, index: number): Promise<void> {
  await tab.open('/');
  await expectWall(tab, '/');
  await tab.click(card(index));
  await expectDialogOn(tab, moments[index]!);
}

forEachEngine((run) => {
  run(
    'a moment opened, stepped, closed by Escape, focus back on its card',
    async (tab) => {
      await openCard(tab, 2);

      await tab.press('ArrowRight');
      await expectDialogOn(tab, moments[3]!);
      await tab.click(pager('Next'));
      await expectDialogOn(tab, moments[4]!);
      await tab.press('ArrowLeft');
      await expectDialogOn(tab, moments[3]!);
      await tab.click(pager('Previous'));
      await expectDialogOn(tab, moments[2]!);

      await tab.press('Escape');
      await expectClosedOnCard(tab, 2, 'Escape');
    },
  );

  run('a moment stepped by a finger swiped sideways', async (tab) => {
    await openCard(tab, 1);
    const HEADING = { role: 'heading', level: 2, within: DIALOG };
    await tab.swipe(HEADING, -150);
    await expectDialogOn(tab, moments[2]!);
    await tab.swipe(HEADING, 150);
    await expectDialogOn(tab, moments[1]!);
  });

  run('a moment closed by Close and by Back, focus back on its card', async (tab) => {
    await openCard(tab, 5);
    await tab.click(CLOSE);
    await expectClosedOnCard(tab, 5, 'Close');
    expect(await entryIndex(tab), 'Close went back to the wall’s own entry').toBe(0);

    await tab.click(card(6));
    await expectDialogOn(tab, moments[6]!);
    await tab.click(pager('Next'));
    await expectDialogOn(tab, moments[7]!);
    await tab.back();
    // Steps replace each other in history: one Back closes the dialog, onto the card last shown.
    await expectClosedOnCard(tab, 7, 'Back');
  });

  run('quick hands: a double click on a card, Escape then a click beside', async (tab) => {
    await tab.open('/');
    await expectWall(tab, '/');
    const before = await tab.evaluate(() => history.length);
    await tab.doubleClick(card(1));
    await expectDialogOn(tab, moments[1]!);
    expect(await tab.evaluate(() => history.length), 'a double click adds one history entry').toBe(before + 1);
    expect(await tab.count(DIALOG), 'and opens one dialog').toBe(1);
    await tab.press('Escape');
    await tab.clickAt(8, 8);
    // The click put focus where it landed, not on the card: only where the person is counts here.
    await expect.poll(() => tab.count(DIALOG), { message: `${tab.engine}: the dialog closes` }).toBe(0);
    await expect.poll(() => tab.address(), { message: `${tab.engine}: on the wall` }).toBe('/');
    expect(await entryIndex(tab), 'Escape then a click beside went back exactly once').toBe(0);
  });

  run('quick hands: a double click on Close', async (tab) => {
    await openCard(tab, 2);
    await tab.doubleClick(CLOSE);
    await expectClosedOnCard(tab, 2, 'a double click on Close');
    expect(await entryIndex(tab), 'it went back exactly once, to the wall').toBe(0);
    // The second click of the double click lands on the wall (the closing dialog lets clicks
    // through) and is not taken for a click on the card there.
    expect(await tab.count(DIALOG), 'nothing reopened').toBe(0);
  });

  run('Share’s copy fallback', async (tab) => {
    await openCard(tab, 3);
    const hasShareSheet = await tab.evaluate(() => typeof navigator.share === 'function');
    expect(hasShareSheet, `${tab.engine} has no share sheet here, so Share copies`).toBe(false);
    const link = new URL(paths.moment.getHref(moments[3]!.slug), await tab.evaluate(() => location.origin)).href;
    const said = async () => (await tab.texts({ role: 'status', within: DIALOG })).map((text) => text.trim()).find(Boolean);
    const SHARE = { role: 'button', name: 'Share', within: DIALOG };
    await tab.click(SHARE);
    // Every engine here lets the page write the clipboard on a click: copied, and said.
    await expect.poll(said, { message: `${tab.engine}: Share says it copied` }).toBe('Link copied to the clipboard');
    expect(await tab.evaluate(() => navigator.clipboard.readText().catch(() => null)).then((text) => text === null || text === link), 'what it copied, where the page may read it back').toBe(true);
    // Where writing is refused (a browser's permission, a policy), the link is shown to copy by hand.
    await tab.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await tab.click(SHARE);
    await expect.poll(said, { message: `${tab.engine}: Share shows the link to copy` }).toBe(`Copy this link: ${link}`);
  });

  run('with motion, a moment’s artwork glides from its card into the dialog', async (tab) => {
    await tab.open('/');
    expect(await tab.evaluate(() => matchMedia('(prefers-reduced-motion: no-preference)').matches), `${tab.engine} asks for no less motion`).toBe(true);
    await expectWall(tab, '/');
    await tab.evaluate(watchMotionInPage);
    await tab.click(card(2));
    await expectDialogOn(tab, moments[2]!);
    await tab.evaluate(stillnessInPage);
    const art = (await tab.evaluate(startedInPage)).filter((record) => record.art && record.dialog && record.slug === moments[2]!.slug);
    expect(art.some(moves), `${tab.engine}: the artwork moves from the card's place: ${JSON.stringify(art)}`).toBe(true);
  });
});
