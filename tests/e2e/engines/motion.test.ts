// Reduced motion, in every engine: each browser is launched as a person who asked for less
// motion (Chromium's context setting, Firefox's ui.prefersReducedMotion, WebKitGTK's GTK
// animations off), and the moment opens without the artwork travelling.
import { expect } from 'vitest';
import { momentsAt } from '../../catalogue';
import { stillnessInPage } from '../support/fit';
import { fades, moves, startedInPage, watchMotionInPage } from '../support/motion';
import { forEachEngine } from '../support/engines/session';
import { card, expectDialogOn, expectWall } from '../support/engines/screen';

forEachEngine(
  (run) => {
    run('reduced motion: a moment opens with its artwork in place at once, the dialog only fading', async (tab) => {
      await tab.open('/');
      expect(await tab.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), `${tab.engine} asks for less motion`).toBe(true);
      await expectWall(tab, '/');
      await tab.evaluate(watchMotionInPage);
      const moment = momentsAt('/')[2]!;
      await tab.click(card(2));
      await expectDialogOn(tab, moment);
      await tab.evaluate(stillnessInPage);
      const started = await tab.evaluate(startedInPage);
      // A jump writes where it was once, then nothing; a glide writes the ways between.
      const travelled = new Set(started.filter((record) => record.art && record.dialog && moves(record)).map((record) => record.from));
      expect(travelled.size, `${tab.engine}: the artwork is never shown between two places: ${[...travelled].join(' | ')}`).toBeLessThanOrEqual(1);
      // An empty record would prove nothing: the dialog's fade is seen.
      expect(started.some((record) => !record.art && fades(record)), `${tab.engine}: the dialog fades in: ${JSON.stringify(started)}`).toBe(true);
    });
  },
  { reducedMotion: true },
);
