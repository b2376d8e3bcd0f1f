// The search (`?q=`) in every engine: typed into the box, the wall, its count and the address
// follow; Escape, Clear all and the empty state's "Clear the search" empty it; a shared `?q=`
// link as it is painted before (and without) the app's script, where the box is a plain GET
// form, and once the app has taken over; and on a phone, the box in the Filters sheet.
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { countText, momentsAt } from '../../catalogue';
import type { Tab } from '../support/engines/driver';
import { withoutAppScript, type ScriptGate } from '../support/engines/script-gate';
import { forEachEngine } from '../support/engines/session';
import { expectWall, filter, SHEET, SHEET_BUTTON, wallCount } from '../support/engines/screen';

const BOX = { role: 'searchbox', name: 'Search moments' };
const CLEAR_ALL = { role: 'link', name: 'Clear all filters' };
const CLEAR_SEARCH = { role: 'link', name: 'Clear the search' };
const chip = (search: string) => ({ role: 'link', name: `Remove the search “${search}”` });

let gate: ScriptGate;
beforeAll(async () => {
  gate = await withoutAppScript(inject('baseURL'));
});
afterAll(() => gate.close());

/** What the search box on screen says (the sidebar's, or the open sheet's on a phone). */
const boxValue = (tab: Tab) =>
  tab.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')].find((box) => box.getClientRects().length > 0)?.value ?? null);
const historyLength = (tab: Tab) => tab.evaluate(() => history.length);
const appRan = (tab: Tab) => tab.evaluate(() => Object.keys(document.querySelector('h1')!).some((key) => key.startsWith('__reactFiber$')));
/** The empty state's sentence, where it is shown. */
const noneSaid = (tab: Tab) =>
  tab.evaluate(() => [...document.querySelectorAll('p')].filter((p) => p.getClientRects().length > 0).map((p) => p.textContent?.trim() ?? '').find((text) => text.startsWith('No moment matches')) ?? null);

/** Types into the box after a click on it, and waits for the address and the wall of `search`. */
async function search(tab: Tab, typed: string, address: string, wall = address): Promise<void> {
  await tab.click(BOX);
  await tab.type(typed);
  await expect.poll(() => tab.address(), { message: `${tab.engine}: "${typed}" leads to ${address}` }).toBe(address);
  await expectWall(tab, wall);
}

forEachEngine((run) => {
  run('a search typed in the box: the wall, its count and the address follow; Escape, Clear all and "Clear the search" empty it', async (tab) => {
    await tab.open('/');
    expect(momentsAt('/?q=renee'), 'the catalogue has Reneé Rapp').toEqual(momentsAt('/?person=renee-rapp'));
    const entries = await historyLength(tab);
    // Any case, any accent: "RENEE" finds Reneé.
    await search(tab, 'RENEE', '/?q=RENEE', '/?q=renee');
    expect(await wallCount(tab)).toBe(countText(momentsAt('/?q=renee').length));
    expect(await boxValue(tab)).toBe('RENEE');
    expect((await tab.focused()).name, 'focus stays in the box').toBe('Search moments');
    expect(await historyLength(tab), 'one history entry for the search, not one a letter').toBe(entries + 1);
    await tab.press('Escape');
    await expect.poll(() => tab.address(), { message: `${tab.engine}: Escape empties the search` }).toBe('/');
    await expectWall(tab, '/');
    expect(await boxValue(tab)).toBe('');

    await search(tab, 'karol', '/?q=karol');
    await tab.click(CLEAR_ALL);
    await expect.poll(() => tab.address()).toBe('/');
    await expectWall(tab, '/');
    expect(await boxValue(tab), 'Clear all empties the box').toBe('');

    await search(tab, 'zzzz', '/?q=zzzz');
    await expect.poll(() => noneSaid(tab)).toBe('No moment matches “zzzz”.');
    await tab.click(CLEAR_SEARCH);
    await expect.poll(() => tab.address()).toBe('/');
    await expectWall(tab, '/');
    expect(await boxValue(tab)).toBe('');
    expect(await noneSaid(tab)).toBe(null);
  });

  run('a shared ?q= link as first painted, without the app’s script: its wall, box, chip and links; Enter submits the form', async (tab) => {
    // What a reader sees before the app's script runs, here for as long as they stay: the page's
    // own inline script has applied the search to the prerendered wall.
    await tab.goto('/?q=taylor', gate.origin);
    await expectWall(tab, '/?q=taylor');
    expect(await boxValue(tab)).toBe('taylor');
    expect(await tab.attribute(chip('taylor'), 'href')).toBe('/');
    expect(await tab.attribute(CLEAR_ALL, 'href')).toBe('/');
    expect(await tab.attribute(filter('Selena Gomez'), 'href'), 'a filter keeps the search').toBe('/?q=taylor&person=selena-gomez');
    await tab.click(filter('Selena Gomez'));
    await expect.poll(() => tab.address()).toBe('/?q=taylor&person=selena-gomez');
    await expectWall(tab, '/?q=taylor&person=selena-gomez');
    await tab.click(chip('taylor'));
    await expect.poll(() => tab.address()).toBe('/?person=selena-gomez');
    await expectWall(tab, '/?person=selena-gomez');
    expect(await boxValue(tab)).toBe('');

    // The box is a GET form; the page's script keeps the person (a plain form would drop her).
    await tab.click(BOX);
    await tab.type('zzzz');
    await tab.press('Enter');
    await expect.poll(() => tab.address(), { message: `${tab.engine}: Enter submits the search` }).toBe('/?q=zzzz&person=selena-gomez');
    await expectWall(tab, '/?q=zzzz&person=selena-gomez');
    await expect.poll(() => noneSaid(tab)).toBe('No moment matches “zzzz”.');
    expect(await tab.attribute(CLEAR_SEARCH, 'href')).toBe('/?person=selena-gomez');
    await tab.click(CLEAR_SEARCH);
    await expect.poll(() => tab.address()).toBe('/?person=selena-gomez');
    await expectWall(tab, '/?person=selena-gomez');
    expect(await appRan(tab), 'all of it without the app').toBe(false);
    expect(gate.withheld, 'the app’s script was asked for, and withheld').toBeGreaterThan(0);
  });

  run('a shared ?q= link once the app runs: the same wall and box, and typing goes on from there; Back returns to it', async (tab) => {
    await tab.open('/?q=renee');
    await expectWall(tab, '/?q=renee');
    expect(await boxValue(tab)).toBe('renee');
    expect(await tab.count(chip('renee'))).toBe(1);
    await tab.click(BOX);
    await tab.press('End');
    await tab.type(' rapp');
    await expect.poll(() => tab.address()).toBe('/?q=renee+rapp');
    await expectWall(tab, '/?q=renee+rapp');
    await tab.back();
    await expect.poll(() => tab.address(), { message: `${tab.engine}: Back returns to the shared search` }).toBe('/?q=renee');
    await expectWall(tab, '/?q=renee');
    expect(await boxValue(tab)).toBe('renee');
  });

  run(
    'the search at phone width: in the Filters sheet, counted there; Escape empties the box, then closes the sheet',
    async (tab) => {
      await tab.open('/');
      await tab.click(SHEET_BUTTON);
      await expect.poll(() => tab.count(SHEET), { message: `${tab.engine}: the sheet opens` }).toBe(1);
      await tab.click({ ...BOX, within: SHEET });
      await tab.type('karol');
      await expect.poll(() => tab.address()).toBe('/?q=karol');
      await expectWall(tab, '/?q=karol');
      const said = async () => (await tab.texts({ role: 'status', within: SHEET })).map((text) => text.trim()).find(Boolean);
      await expect.poll(said, { message: `${tab.engine}: the sheet says the count` }).toBe(countText(momentsAt('/?q=karol').length));
      await tab.press('Escape');
      await expect.poll(() => tab.address(), { message: `${tab.engine}: the first Escape empties the search` }).toBe('/');
      expect(await boxValue(tab)).toBe('');
      expect(await tab.count(SHEET), 'the sheet stays open').toBe(1);
      await tab.press('Escape');
      await expect.poll(() => tab.count(SHEET), { message: `${tab.engine}: the second Escape closes the sheet` }).toBe(0);
      await expect.poll(async () => (await tab.focused()).name, { message: `${tab.engine}: focus back on the Filters button` }).toMatch(/^Filters\b/);
    },
    (engine) => (engine === 'webkit' ? { width: 447, height: 900 } : { width: 390, height: 844 }),
  );
});
