// The app's screen by role and name, for journeys over the driver layer: the same parts that
// tests/e2e/support/screen.ts names for Playwright, as Targets any engine can find.
import { expect } from 'vitest';
import { countText, momentsAt } from '../../../catalogue';
import { momentTitle } from '../../../../src/content/catalog';
import type { Moment } from '../../../../src/content/types';
import { paths } from '../../../../src/paths';
import type { Tab, Target } from './driver';

export const MOMENTS: Target = { role: 'list', name: 'Moments' };
export const CARDS: Target = { role: 'link', within: MOMENTS };
export const card = (nth: number): Target => ({ ...CARDS, nth });
export const DIALOG: Target = { role: 'dialog' };
export const dialogNamed = (moment: Moment): Target => ({ role: 'dialog', name: momentTitle(moment) });

/** A pager link: "Next moment" with where it goes ("Next moment: NSYNC"). */
export const pager = (word: 'Next' | 'Previous'): Target => ({ role: 'link', name: new RegExp(`^${word} moment: `), within: DIALOG });

/** The wall's count: the one status that counts moments. */
export async function wallCount(tab: Tab): Promise<string | undefined> {
  return (await tab.texts({ role: 'status' })).map((text) => text.trim()).find((text) => /\bmoments?$/.test(text));
}

/** Waits until the wall shows exactly the moments of `path`, in order, and says how many. */
export async function expectWall(tab: Tab, path: string): Promise<void> {
  const moments = momentsAt(path);
  await expect
    .poll(() => tab.names(CARDS), { message: `${tab.engine}: the cards of ${path}` })
    .toEqual(moments.map((moment) => `${momentTitle(moment)}, moment ${moment.number}`));
  await expect.poll(() => wallCount(tab), { message: `${tab.engine}: the count of ${path}` }).toBe(countText(moments.length));
}

/** Waits until the dialog shows `moment`, at its address, with focus inside. */
export async function expectDialogOn(tab: Tab, moment: Moment): Promise<void> {
  const title = momentTitle(moment);
  await expect.poll(() => tab.address(), { message: `${tab.engine}: the address of "${title}"` }).toBe(paths.moment.getHref(moment.slug));
  await expect.poll(() => tab.count(dialogNamed(moment)), { message: `${tab.engine}: the dialog named "${title}"` }).toBe(1);
  await expect.poll(async () => (await tab.focused()).inDialog, { message: `${tab.engine}: focus in the dialog` }).toBe(true);
}

export const PEOPLE: Target = { role: 'group', name: 'People' };
export const AWARDS: Target = { role: 'group', name: 'Awards' };
/** A person's or award's filter: a link to the filtered wall. */
export const filter = (name: string): Target => ({ role: 'link', name });
export const SEARCH: Target = { role: 'combobox', name: 'Find a person' };
/** Below 1024 px: the bar's button that opens the filter sheet, and the sheet. */
export const SHEET_BUTTON: Target = { role: 'button', name: /^Filters\b/ };
export const SHEET: Target = { role: 'dialog', name: 'Filters' };
/** The moment dialog's Close. */
export const CLOSE: Target = { role: 'button', name: 'Close', within: DIALOG };
