// The filters in every engine: people and awards with their counts, together and any-of, Clear
// all; "Find a person" by keyboard alone; the Filters sheet at phone width.
import { expect } from 'vitest';
import { countText, momentsAt } from '../../catalogue';
import { catalog } from '../../../src/content/catalog';
import type { Tab } from '../support/engines/driver';
import { forEachEngine } from '../support/engines/session';
import { expectWall, filter, PEOPLE, AWARDS, SEARCH, SHEET, SHEET_BUTTON } from '../support/engines/screen';

/** A filter's text: its name, then how many moments choosing it would give on the wall at `path`. */
const withCount = (name: string, path: string) => `${name}${momentsAt(path).length}`;
const and = (path: string, param: string) => `${path}${path.includes('?') ? '&' : '?'}${param}`;

/** Clicks a filter and waits for the wall at `path`, with that filter shown as chosen or not. */
async function choose(tab: Tab, name: string, path: string, chosen: boolean): Promise<void> {
  await tab.click(filter(name));
  await expect.poll(() => tab.address(), { message: `${tab.engine}: ${name} leads to ${path}` }).toBe(path);
  await expectWall(tab, path);
  expect(await tab.attribute(filter(name), 'aria-current'), `${name} shows as ${chosen ? '' : 'not '}chosen`).toBe(chosen ? 'true' : null);
}

/** An option of "Find a person": the person, then the count choosing them on the wall at `path` would give. */
const found = (name: string, id: string, path = '/') => `${name}, ${countText(momentsAt(and(path, `person=${id}`)).length)}`;

forEachEngine((run) => {
  run('person and award filters with counts, together, any of, Clear all', async (tab) => {
    await tab.open('/');
    await expectWall(tab, '/');
    // People with the most moments first, ties in the catalogue's order.
    const people = [...catalog.people].sort((a, b) => momentsAt(`/?person=${b.id}`).length - momentsAt(`/?person=${a.id}`).length);
    expect(await tab.names({ role: 'link', within: PEOPLE })).toEqual(people.map((person) => person.name));
    expect(await tab.texts({ role: 'link', within: PEOPLE })).toEqual(people.map((person) => withCount(person.name, `/?person=${person.id}`)));
    expect(await tab.texts({ role: 'link', within: AWARDS })).toEqual(catalog.awards.map((award) => withCount(award.name, `/?award=${award.id}`)));

    // People narrow: the moments they are in together. (PRODUCT.md's example: Taylor Swift and Selena Gomez.)
    const TAYLOR = '/?person=taylor-swift';
    const TOGETHER = '/?person=taylor-swift&person=selena-gomez';
    await choose(tab, 'Taylor Swift', TAYLOR, true);
    expect(await tab.text(filter('Selena Gomez'))).toBe(withCount('Selena Gomez', TOGETHER));
    await choose(tab, 'Selena Gomez', TOGETHER, true);
    expect(momentsAt(TOGETHER).length, 'together is narrower').toBeLessThan(momentsAt(TAYLOR).length);
    await tab.click({ role: 'link', name: 'Clear all filters' });
    await expect.poll(() => tab.address()).toBe('/');
    await expectWall(tab, '/');

    // Awards widen: any of them.
    const POP = '/?award=best-pop';
    // The address names awards in the catalogue's order.
    const POP_OR_AFROBEATS = '/?award=best-afrobeats&award=best-pop';
    expect(momentsAt(POP_OR_AFROBEATS).length, 'a second award adds moments').toBeGreaterThan(momentsAt(POP).length);
    await choose(tab, 'Best Pop', POP, true);
    await choose(tab, 'Best Afrobeats', POP_OR_AFROBEATS, true);
    await choose(tab, 'Best Pop', '/?award=best-afrobeats', false);
  });

  run('Find a person by keyboard', async (tab) => {
    await tab.open('/');
    for (let press = 0; press < 12 && (await tab.focused()).role !== 'combobox'; press++) await tab.press('Tab');
    expect((await tab.focused()).name, 'Tab reaches the search').toBe('Find a person');

    const OPTIONS = { role: 'option', within: { role: 'listbox', name: 'People found' } };
    await tab.type('TAY');
    await expect.poll(() => tab.names(OPTIONS), { message: `${tab.engine}: what "TAY" finds` }).toEqual([found('Taylor Swift', 'taylor-swift')]);
    await tab.press('Enter');
    const TAYLOR = '/?person=taylor-swift';
    await expect.poll(() => tab.address()).toBe(TAYLOR);
    await expectWall(tab, TAYLOR);
    expect((await tab.focused()).name, 'focus stays in the search').toBe('Find a person');

    await tab.type('bailey');
    const [halle, chloe] = [found('Halle Bailey', 'halle-bailey', TAYLOR), found('Chloe Bailey', 'chloe-bailey', TAYLOR)];
    await expect.poll(() => tab.names(OPTIONS)).toEqual([halle, chloe]);
    const active = () => tab.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-label') ?? null;
    });
    await tab.press('ArrowDown');
    expect(await active()).toBe(chloe);
    await tab.press('ArrowDown');
    expect(await active(), '↓ wraps to the first').toBe(halle);
    await tab.press('ArrowUp');
    expect(await active()).toBe(chloe);
    await tab.press('Enter');
    const BOTH = '/?person=taylor-swift&person=chloe-bailey';
    await expect.poll(() => tab.address()).toBe(BOTH);
    await expectWall(tab, BOTH);

    await tab.type('carp');
    await expect.poll(() => tab.attribute(SEARCH, 'aria-expanded')).toBe('true');
    await tab.press('Escape');
    expect(await tab.attribute(SEARCH, 'aria-expanded'), 'Escape closes the list').toBe('false');
    await tab.press('Escape');
    expect(await tab.evaluate(() => (document.activeElement as HTMLInputElement).value), 'then empties the field').toBe('');
  });

  run(
    'the Filters sheet at phone width',
    async (tab) => {
      await tab.open('/');
      const opens = async () => {
        await tab.click(SHEET_BUTTON);
        await expect.poll(() => tab.count(SHEET), { message: `${tab.engine}: the sheet opens` }).toBe(1);
        await expect.poll(async () => (await tab.focused()).inDialog, { message: `${tab.engine}: focus in the sheet` }).toBe(true);
      };
      const closes = async (how: string) => {
        await expect.poll(() => tab.count(SHEET), { message: `${tab.engine}: ${how} closes the sheet` }).toBe(0);
        await expect.poll(async () => (await tab.focused()).name, { message: `${tab.engine}: after ${how}, focus on the Filters button` }).toMatch(/^Filters\b/);
      };
      await opens();
      // Each choice applies at once, behind the open sheet.
      await tab.click({ ...filter('Karol G'), within: SHEET });
      await expect.poll(() => tab.address()).toBe('/?person=karol-g');
      await expectWall(tab, '/?person=karol-g');
      expect(await tab.count(SHEET), 'the sheet stays open').toBe(1);
      await tab.press('Escape');
      await closes('Escape');

      await opens();
      await tab.clickAt(tab.viewport.width / 2, 20); // above the sheet: its backdrop
      await closes('a click beside it');

      await opens();
      await tab.click({ role: 'button', name: 'Done', within: SHEET });
      await closes('Done');
      expect(await tab.address()).toBe('/?person=karol-g');
    },
    (engine) => (engine === 'webkit' ? { width: 447, height: 900 } : { width: 390, height: 844 }),
  );
});
