// A moment on the screen: as the dialog over the wall, or as a page of its own.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { momentAt } from '../../catalogue';
import { creditLine, momentTitle } from '../../../src/content/catalog';
import type { MomentEntry as Moment } from '../../../src/content/types';
import { paths } from '../../../src/paths';
import { clickWhereItIs } from './gestures';
import { address, dialog, expectWall, open, settle, wall } from './screen';

/** True when the focused element is inside the dialog. */
export const focusInDialog = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('dialog')));

/** The address the focused element links to: a card's is its moment's. */
export const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href'));

/** The heading of the dialog, as read by its role. */
export const dialogHeading = (page: Page) => dialog(page).getByRole('heading', { level: 2 });

/** Waits until the dialog shows `moment`, at its address, named by its heading. */
export async function expectDialogOn(page: Page, moment: Moment): Promise<void> {
  const title = momentTitle(moment);
  await expect.poll(() => address(page), { message: `the address of moment ${moment.number}, "${title}"` }).toBe(paths.moment.getHref(moment.slug));
  await expect.poll(() => dialog(page, title).count(), { message: `the dialog is named "${title}"` }).toBe(1);
  await expect.poll(() => dialogHeading(page).textContent(), { message: 'the dialog’s heading' }).toBe(title);
}

/** Opens the whole wall, clicks card `index` where it is, and waits for its dialog with focus inside. */
export async function openFromWall(page: Page, index: number): Promise<Moment> {
  await open(page, '/');
  await expectWall(page, '/');
  await settle(page);
  const link = wall(page).links.nth(index);
  await link.scrollIntoViewIfNeeded();
  await settle(page);
  await clickWhereItIs(page, link);
  const moment = momentAt(index);
  await expectDialogOn(page, moment);
  await expect.poll(() => focusInDialog(page), { message: 'focus moves into the dialog' }).toBe(true);
  return moment;
}

/**
 * The moment as its own page: its heading (seen), caption, what the photo shows, credit and the
 * way back; the artwork decorative; no dialog. `how` names the pass in a failure.
 */
export async function expectMomentPage(page: Page, moment: Moment, how: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  expect(await heading.textContent(), `${how}: the h1`).toBe(momentTitle(moment));
  expect(await heading.isVisible(), `${how}: the h1 is seen`).toBe(true);
  expect(await page.getByText(moment.caption, { exact: true }).isVisible(), `${how}: the caption`).toBe(true);
  expect(await page.getByText(creditLine(moment), { exact: true }).isVisible(), `${how}: the credit`).toBe(true);
  expect(await page.getByText(`In the photo: ${moment.alt}.`).isVisible(), `${how}: what the photo shows`).toBe(true);
  expect(await page.getByRole('img').count(), `${how}: the artwork is decorative`).toBe(0);
  expect(await dialog(page).count(), `${how}: a full page, no dialog`).toBe(0);
  expect(await page.getByRole('link', { name: 'Back to the wall' }).isVisible(), `${how}: the way back`).toBe(true);
}
