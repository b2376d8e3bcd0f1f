// A moment over the wall, in every engine: opened from its card, stepped, closed.
import { expect } from 'vitest';
import { momentsAt } from '../../catalogue';
import { paths } from '../../../src/paths';
import { forEachEngine } from '../support/engines/session';
import { card, DIALOG, expectDialogOn, expectWall, pager } from '../support/engines/screen';

forEachEngine((run) => {
  run(
    'a moment opened from its card, stepped by → and ← and the Next and Previous buttons, closed by Escape with focus back on the card',
    async (tab) => {
      const moments = momentsAt('/');
      await tab.open('/');
      await expectWall(tab, '/');
      await tab.click(card(2));
      await expectDialogOn(tab, moments[2]!);

      await tab.press('ArrowRight');
      await expectDialogOn(tab, moments[3]!);
      await tab.click(pager('Next'));
      await expectDialogOn(tab, moments[4]!);
      await tab.press('ArrowLeft');
      await expectDialogOn(tab, moments[3]!);
      await tab.click(pager('Previous'));
      await expectDialogOn(tab, moments[2]!);

      await tab.press('Escape');
      await expect.poll(() => tab.count(DIALOG), { message: `${tab.engine}: the dialog closes` }).toBe(0);
      expect(await tab.address()).toBe('/');
      // Focus is back on the card of the moment last shown, and that card is on screen.
      await expect.poll(async () => (await tab.focused()).href, { message: `${tab.engine}: focus on the card` }).toBe(paths.moment.getHref(moments[2]!.slug));
      const onScreen = await tab.evaluate(() => {
        const box = document.activeElement!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      expect(onScreen, 'the focused card is on screen').toBe(true);
    },
  );
});
