// Every kind of screen in every engine: at each width the engine can take, every control fits
// and can be hit; axe-core finds no violation; no page error and no CSP violation anywhere.
import { expect } from 'vitest';
import { catalog } from '../../../src/content/catalog';
import { misfitsInPage, stillnessInPage } from '../support/fit';
import { axeViolations } from '../support/engines/axe';
import type { EngineName, Tab } from '../support/engines/driver';
import { WEBKIT_MIN_WIDTH } from '../support/engines/webkit';
import { forEachEngine } from '../support/engines/session';
import { card, expectDialogOn, expectWall, SHEET, SHEET_BUTTON } from '../support/engines/screen';
import { momentsAt } from '../../catalogue';

/**
 * The widths each engine is tried at: the narrowest it can take and one in each of the layout's
 * other bands (sm/md at 768, lg at 1024, xl at 1440). 390 px, in the same band as 320, is left to
 * the Chromium suite (wall/widths.test.ts). WebKit's window is never narrower than 447 px.
 */
const WIDTHS: Record<EngineName, number[]> = {
  chromium: [320, 390, 768, 1024, 1440],
  firefox: [320, 768, 1024, 1440],
  webkit: [WEBKIT_MIN_WIDTH, 768, 1024, 1440],
};
/** Upright below 1024 px, sideways from there; never taller than the X server's screen. */
const heightFor = (width: number) => (width < 1024 ? Math.min(Math.round((width * 16) / 9), 1000) : Math.round((width * 9) / 16));

interface Screen {
  name: string;
  /** Opens the screen; gives the selector of the part that must hold its controls, if any. */
  show: (tab: Tab) => Promise<string | undefined>;
}

// The plain wall is left out: the filtered wall is the same page with more on it (chosen and
// dimmed filters, chips, "1 chosen" in the phone bar), so whatever fails on the wall fails there.
const SCREENS: Screen[] = [
  { name: 'filtered wall', show: async (tab) => void (await tab.open('/?person=taylor-swift')) },
  {
    name: 'dialog',
    show: async (tab) => {
      await tab.open('/');
      await expectWall(tab, '/');
      await tab.click(card(1));
      await expectDialogOn(tab, momentsAt('/')[1]!);
      return 'dialog [data-panel]';
    },
  },
  { name: 'moment page', show: async (tab) => void (await tab.open(`/moments/${catalog.moments[2]!.slug}/`)) },
  {
    name: 'not-found page',
    show: async (tab) => {
      await tab.goto('/moments/no-such-moment/');
      await tab.waitForApp();
    },
  },
];

forEachEngine((run) => {
  run('every control fits and can be hit at the widths each engine can take', async (tab) => {
    const found: string[] = [];
    const widths = WIDTHS[tab.engine];
    for (const screen of SCREENS) {
      await tab.resize(widths[0]!, heightFor(widths[0]!));
      const scope = await screen.show(tab);
      for (const width of widths) {
        await tab.resize(width, heightFor(width));
        await tab.evaluate(stillnessInPage);
        for (const { control, problem } of await tab.evaluate(misfitsInPage, scope)) {
          found.push(`${width}×${heightFor(width)} ${screen.name}: ${control ? `${control} ` : ''}${problem}`);
        }
      }
    }
    expect(found, `${tab.engine}: ${found.length} problem(s):\n${found.join('\n')}`).toEqual([]);
  });

  // One walk through every kind of screen serves axe and the page-error record.
  run('axe-core finds no violation, and no page error or CSP violation, on a filtered wall, the dialog, a moment page, the not-found page', async (tab) => {
    const found: string[] = [];
    for (const screen of SCREENS) {
      await screen.show(tab);
      await tab.evaluate(stillnessInPage); // colours mid-fade are not what anyone reads
      found.push(...(await axeViolations(tab)).map((violation) => `${screen.name}: ${violation}`));
    }
    expect(found, `${tab.engine}:\n${found.join('\n')}`).toEqual([]);
    // Every journey fails on any problem a page records; this one asks for the record itself,
    // after every kind of page, so that an empty record is seen to be read.
    expect(await tab.problems()).toEqual([]);
    expect(await tab.evaluate(() => Array.isArray((window as unknown as { __e2eProblems?: unknown }).__e2eProblems)), 'the watcher is on the page').toBe(true);
  });

  run(
    'axe-core finds no violation at phone width with the Filters sheet open',
    async (tab) => {
      await tab.open('/?person=taylor-swift');
      await tab.click(SHEET_BUTTON);
      await expect.poll(() => tab.count(SHEET)).toBe(1);
      await tab.evaluate(stillnessInPage);
      expect(await axeViolations(tab)).toEqual([]);
    },
    (engine) => (engine === 'webkit' ? { width: WEBKIT_MIN_WIDTH, height: 900 } : { width: 390, height: 844 }),
  );
});
