// Addresses typed, pasted or cut short: filter values in any spelling, values we don't know,
// and moment addresses with a typo. Every one gets a clear answer, and nothing widens the page.
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './browser';
import { address, expectMoments, horizontalOverflow, isChosen, open, settle, wall } from './screen';

const browser = setupBrowser();

describe('filter values in the address', () => {
  test('match whatever their spelling, and the address is tidied to the canonical one', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=TAYLOR%20Swift');
    await expectMoments(page, 4);
    expect(await isChosen(wall(page).filter('Taylor Swift'))).toBe(true);
    await expect.poll(() => address(page)).toBe('/?person=taylor-swift');
  });

  for (const { width, phone } of [{ width: 390, phone: true }, { width: 1440, phone: false }]) {
    test(`a 3,000-character unknown value never widens the page at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, phone });
      await open(page, `/?person=${'x'.repeat(3000)}&person=%E2%80%AEevil&person=two&award=three`);
      await expectMoments(page, 19);
      const notice = page.getByText(/We ignored filters we don’t know/);
      await expect.poll(() => notice.textContent()).toBe(`We ignored filters we don’t know: person “${'x'.repeat(39)}…”, person “evil”, person “two” and 1 more. Tidy the address`);
      await settle(page);
      const { scrollWidth, clientWidth } = await horizontalOverflow(page);
      expect(clientWidth).toBe(width);
      // (On a desktop, the stable scrollbar gutter leaves the scroll width a little under the viewport.)
      expect(scrollWidth, 'document scroll width').toBeLessThanOrEqual(width);
    });
  }
});
