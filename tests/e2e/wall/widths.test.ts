// Every width from a small phone to a large screen, held both ways: nothing scrolls sideways,
// every link and button is wholly on screen (in the dialog, wholly inside its panel) and big
// enough to hit. The layout depends on CSS alone (no script reads the window's width), so each
// screen is opened once and its window resized through every width, not reopened.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { catalog } from '../../../src/content/catalog';
import { setupBrowser, type BrowserSession } from '../support/browser';
import { findMisfits, stillness } from '../support/fit';
import { dialog, expectWall, open, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();

export const WIDTHS = [320, 360, 390, 414, 600, 768, 820, 1024, 1180, 1280, 1440, 1920, 2560] as const;

/** A portrait and a landscape window of the same width (16:9 either way, at least 280 px tall). */
const heights = (width: number) => [Math.round((width * 16) / 9), Math.max(280, Math.round((width * 9) / 16))];

interface Screen {
  name: string;
  /** Opens the screen in `page`; returns the selector of the part that must hold its controls. */
  show: (page: Page, session: BrowserSession) => Promise<string | undefined>;
  /** The widths it exists at, if not all (the phone's Filters sheet: below the sidebar's 1024 px). */
  below?: number;
}

async function openDialog(page: Page, path: string): Promise<string> {
  await open(page, path);
  await expectWall(page, path);
  await wall(page).links.nth(1).click();
  await expect.poll(() => dialog(page).count(), { message: 'the dialog opens' }).toBe(1);
  return 'dialog [data-panel]';
}

const SCREENS: Screen[] = [
  { name: 'wall', show: (page) => open(page, '/').then(() => undefined) },
  { name: 'filtered wall', show: (page) => open(page, '/?person=taylor-swift').then(() => undefined) },
  { name: 'dialog', show: (page) => openDialog(page, '/') },
  { name: 'filtered dialog', show: (page) => openDialog(page, '/?person=taylor-swift') },
  { name: 'moment page', show: (page) => open(page, `/moments/${catalog.moments[2]!.slug}/`).then(() => undefined) },
  {
    name: 'filters sheet',
    below: 1024,
    show: async (page) => {
      await open(page, '/?person=taylor-swift');
      await waitForApp(page);
      await page.getByRole('button', { name: /^Filters/ }).click();
      await expect.poll(() => page.getByRole('dialog', { name: 'Filters' }).isVisible(), { message: 'the Filters sheet opens' }).toBe(true);
      return 'dialog.filter-sheet';
    },
  },
  {
    name: 'not-found page',
    show: async (page, session) => {
      expect(await session.gotoNotFound(page, '/moments/no-such-moment/')).toBe(404);
      await waitForApp(page);
      return undefined;
    },
  },
];

/** Every problem found, as "390×693 dialog: link "Next moment" ends 19 px past the window's right edge". */
export async function walkWidths(session: BrowserSession, widths: readonly number[] = WIDTHS): Promise<string[]> {
  const found: string[] = [];
  for (const screen of SCREENS) {
    // Motion off: the test is about where things end up, not how they get there.
    const page = await session.newPage({ viewport: { width: widths[0]!, height: heights(widths[0]!)[0]! }, reducedMotion: 'reduce' });
    // Every screen opens at the narrowest width, so each exists there.
    const scope = await screen.show(page, session);
    for (const width of widths.filter((each) => each < (screen.below ?? Infinity))) {
      for (const height of heights(width)) {
        await page.setViewportSize({ width, height });
        await stillness(page);
        for (const { control, problem } of await findMisfits(page, scope)) {
          found.push(`${width}×${height} ${screen.name}: ${control ? `${control} ` : ''}${problem}`);
        }
      }
    }
    await page.context().close();
  }
  return found;
}

test(`every control fits and can be hit at widths ${WIDTHS.join(', ')}, held upright and sideways`, { timeout: 240_000 }, async () => {
  const found = await walkWidths(browser);
  expect(found, `${found.length} problem(s):\n${found.join('\n')}`).toEqual([]);
});
