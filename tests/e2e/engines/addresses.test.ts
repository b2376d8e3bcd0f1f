// Addresses people share, in every engine: a moment's and a filtered wall's, with the app's
// script and without it (it never arrives), and a mistyped one answered with "Did you mean".
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { momentBySlug } from '../../catalogue';
import { momentTitle } from '../../../src/content/catalog';
import type { Tab } from '../support/engines/driver';
import { withoutAppScript, type ScriptGate } from '../support/engines/script-gate';
import { forEachEngine } from '../support/engines/session';
import { expectWall, filter, SHEET, SHEET_BUTTON } from '../support/engines/screen';

const TAYLOR = '/?person=taylor-swift';
const TAYLOR_SELENA = '/?person=taylor-swift&person=selena-gomez';
const SHARED = momentBySlug('selena-gomez-and-rema');

let gate: ScriptGate;
beforeAll(async () => {
  gate = await withoutAppScript(inject('baseURL'));
});
afterAll(() => gate.close());

/** Whether the app has taken over the page (its heading belongs to React). */
const appRan = (tab: Tab) => tab.evaluate(() => Object.keys(document.querySelector('h1')!).some((key) => key.startsWith('__reactFiber$')));

/** A moment's own page: its title as the one h1, the way back to the wall. */
async function expectMomentPage(tab: Tab): Promise<void> {
  expect(await tab.texts({ role: 'heading', level: 1 })).toEqual([momentTitle(SHARED)]);
  expect(await tab.attribute({ role: 'link', name: 'Back to the wall' }, 'href')).toBe('/');
}

forEachEngine((run) => {
  run('a shared moment address and a shared filtered address', async (tab) => {
    await tab.open(`/moments/${SHARED.slug}/`);
    await expectMomentPage(tab);
    await tab.open(TAYLOR);
    await expectWall(tab, TAYLOR);
    expect(await tab.attribute(filter('Taylor Swift'), 'aria-current')).toBe('true');
    await tab.click(filter('Selena Gomez'));
    await expect.poll(() => tab.address()).toBe(TAYLOR_SELENA);
    await expectWall(tab, TAYLOR_SELENA);
  });

  run('shared addresses without the app’s script: the moment, the filtered wall, its links', async (tab) => {
    await tab.goto(`/moments/${SHARED.slug}/`, gate.origin);
    await expectMomentPage(tab);
    await tab.goto(TAYLOR, gate.origin);
    await expectWall(tab, TAYLOR);
    expect(await tab.attribute(filter('Taylor Swift'), 'aria-current')).toBe('true');
    // Each filter is a plain link to the wall it gives.
    await tab.click(filter('Selena Gomez'));
    await expect.poll(() => tab.address()).toBe(TAYLOR_SELENA);
    await expectWall(tab, TAYLOR_SELENA);
    await tab.click({ role: 'link', name: 'Clear all filters' });
    await expect.poll(() => tab.address()).toBe('/');
    await expectWall(tab, '/');
    expect(await appRan(tab), 'all of it without the app').toBe(false);
    expect(gate.withheld, 'the app’s script was asked for, and withheld').toBeGreaterThan(0);
  });

  run(
    'the Filters sheet at phone width without the app’s script: it opens, and a person in it leads to the filtered wall',
    async (tab) => {
      await tab.goto('/', gate.origin);
      await tab.click(SHEET_BUTTON);
      await expect.poll(() => tab.count(SHEET), { message: `${tab.engine}: the sheet opens without the app` }).toBe(1);
      await tab.click({ ...filter('Karol G'), within: SHEET });
      await expect.poll(() => tab.address()).toBe('/?person=karol-g');
      await expectWall(tab, '/?person=karol-g');
      expect(await tab.text(SHEET_BUTTON)).toMatch(/1 chosen/);
      expect(await appRan(tab)).toBe(false);
    },
    (engine) => (engine === 'webkit' ? { width: 447, height: 900 } : { width: 390, height: 844 }),
  );

  run('a mistyped address: the not-found page asks "Did you mean" the moment, which leads to it', async (tab) => {
    await tab.goto('/moments/selena-gomes-and-rema/');
    await tab.waitForApp();
    await expect.poll(() => tab.texts({ role: 'heading', level: 1 })).toEqual(['Moment not found']);
    const SUGGESTIONS = { role: 'link', within: { role: 'region', name: 'Did you mean' } };
    const names = await tab.names(SUGGESTIONS);
    expect(names.length).toBeGreaterThanOrEqual(1);
    expect(names.length).toBeLessThanOrEqual(3);
    expect(await tab.texts({ ...SUGGESTIONS, nth: 0 })).toEqual([momentTitle(SHARED)]);
    await tab.click({ ...SUGGESTIONS, nth: 0 });
    await expect.poll(() => tab.address()).toBe(`/moments/${SHARED.slug}/`);
    await expect.poll(() => tab.texts({ role: 'heading', level: 1 })).toEqual([momentTitle(SHARED)]);

    // A person's name a typo away, on the wall.
    await tab.open('/?person=taylor-swit');
    await tab.click({ role: 'link', name: 'Did you mean Taylor Swift?' });
    await expect.poll(() => tab.address()).toBe(TAYLOR);
    await expectWall(tab, TAYLOR);
  });
});
