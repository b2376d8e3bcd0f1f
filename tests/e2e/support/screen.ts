// What the tests read on the screen, by role and name, as assistive technology does.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { countText, momentsAt } from '../../catalogue';
import { url } from './browser';

/** The wall's parts, by the accessible contract (docs: shared/PRODUCT.md). */
export function wall(page: Page) {
  const list = page.getByRole('list', { name: 'Moments', exact: true });
  return {
    list,
    items: list.getByRole('listitem'),
    /** The card links, one per moment. */
    links: list.getByRole('link'),
    /** The wall's count (the filter sheet, when open, repeats it in its own live region). */
    status: page.getByRole('status').filter({ hasText: /\bmoments?\b/ }).first(),
    people: page.getByRole('group', { name: 'People', exact: true }),
    awards: page.getByRole('group', { name: 'Awards', exact: true }),
    /** A person's or award's filter: a link to the filtered wall (the one on screen). */
    filter: (name: string) => page.getByRole('link', { name, exact: true }),
    clear: page.getByRole('link', { name: 'Clear all filters', exact: true }),
    /** Below 1024 px: the bar's button that opens the filter sheet. */
    sheetButton: page.getByRole('button', { name: /^Filters\b/ }),
    sheet: page.getByRole('dialog', { name: 'Filters', exact: true }),
    search: page.getByRole('combobox', { name: 'Find a person', exact: true }),
  };
}

/** Below 1024 px: taps the bar's Filters button and waits for the filter sheet; returns the sheet. */
export async function openSheet(page: Page): Promise<Locator> {
  const { sheet, sheetButton } = wall(page);
  await sheetButton.tap();
  await expect.poll(() => sheet.isVisible(), { message: 'the filter sheet opens' }).toBe(true);
  return sheet;
}

/** Whether a filter shows as chosen (`aria-current`); fails if it exposes no state at all. */
export async function isChosen(filter: Locator): Promise<boolean> {
  const current = await filter.getAttribute('aria-current');
  expect([null, 'true', 'page'], 'aria-current of a filter').toContain(current);
  return current !== null;
}

/** The moment dialog over the wall. */
export function dialog(page: Page, name?: string) {
  return name === undefined
    ? page.getByRole('dialog')
    : page.getByRole('dialog', { name, exact: true });
}

/**
 * The moment dialog's panel, the box a person sees as the dialog: the dialog itself covers the
 * screen (it is the backdrop, and scrolls).
 */
export function dialogPanel(page: Page) {
  return dialog(page).locator('[data-panel]');
}

/**
 * A control, whether the app makes it a link or a button, by its name or its name followed by
 * where it goes: `control(dialog, 'Next moment')` finds "Next moment: NSYNC".
 */
export function control(scope: Page | Locator, name: string): Locator {
  const named = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:: .+)?$`);
  return scope.getByRole('link', { name: named }).or(scope.getByRole('button', { name: named }));
}

/** Waits until the wall shows `count` cards (leaving cards gone) and announces it. */
export async function expectMoments(page: Page, count: number): Promise<void> {
  const { items, status } = wall(page);
  await expect.poll(() => items.count(), { timeout: 5_000, message: `the wall should show ${count} moments` }).toBe(count);
  await expect
    .poll(() => status.textContent(), { timeout: 5_000, message: `the status should say "${countText(count)}"` })
    .toMatch(new RegExp(`^\\s*${countText(count)}\\s*$`));
}

/** The slugs of the cards on screen, in order. */
export function shownSlugs(page: Page): Promise<string[]> {
  return wall(page).items.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.slug!));
}

/** Where the card links on screen lead, in order. */
export function cardHrefs(page: Page): Promise<(string | null)[]> {
  return wall(page).links.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}

/**
 * Waits until the wall shows exactly the moments the catalogue gives the wall at `path` (a
 * canonical address: `'/'`, `'/?person=karol-g'`), in order, and announces how many.
 */
export async function expectWall(page: Page, path: string): Promise<void> {
  const slugs = momentsAt(path).map((moment) => moment.slug);
  await expect.poll(() => shownSlugs(page), { timeout: 5_000, message: `the wall should show the moments of ${path}` }).toEqual(slugs);
  await expectMoments(page, slugs.length);
}

/** The path and query of the page's address: "/?person=karol-g". */
export function address(page: Page): string {
  const { pathname, search } = new URL(page.url());
  return `${pathname}${search}`;
}

/**
 * Until React has hydrated the prerendered HTML, a click on a filter does nothing. Waits until
 * the page's heading belongs to React (its fiber is attached): then events reach the app.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const heading = document.querySelector('h1');
      return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'));
    },
    undefined,
    { timeout: 10_000 },
  );
}

/** Opens a path and waits for the app to be live. */
export async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(url(path));
  expect(response?.status(), `GET ${path}`).toBe(200);
  await waitForApp(page);
}

/**
 * Waits until the page stands still: no finite CSS or Web Animation running, and no element's
 * opacity, transform or box changing (framer-motion drives some of its animations from
 * JavaScript, out of sight of getAnimations()), over two looks 150 ms apart.
 */
export async function settle(page: Page): Promise<void> {
  // Polled from here: page.waitForFunction takes a returned Promise itself as a truthy answer
  // and would stop after the first look, moving or not.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const animating = () =>
                document
                  .getAnimations()
                  .some((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity);
              const look = () =>
                [...document.body.querySelectorAll('*')]
                  .map((element) => {
                    const style = getComputedStyle(element);
                    const box = element.getBoundingClientRect();
                    return `${style.opacity}|${style.transform}|${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)},${Math.round(box.height)}`;
                  })
                  .join(';') + `@${Math.round(window.scrollX)},${Math.round(window.scrollY)}`;
              if (animating()) return resolve(false);
              const before = look();
              setTimeout(() => resolve(!animating() && look() === before), 150);
            }),
        ),
      { timeout: 10_000, interval: 50, message: 'the page stands still' },
    )
    .toBe(true);
}

/** Whether the whole box of `target` is inside the window, give or take `slack` px. */
export async function inWindow(page: Page, target: Locator, slack = 0): Promise<boolean> {
  const box = await target.boundingBox();
  const { width, height } = page.viewportSize()!;
  return (
    box !== null && box.x >= -slack && box.y >= -slack && box.x + box.width <= width + slack && box.y + box.height <= height + slack
  );
}

/** The page has no horizontal overflow. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}
