// The dialog gives a real photo the screen (issue 22): on a phone the whole width with the text
// below, on a desktop as much of the screen as the text beside it leaves; the caption and the
// credit stay on screen without scrolling; the generated artwork keeps its panel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SAMPLE_CATALOG } from '../../../scripts/serve/sample.mjs';
import { setupBrowser } from '../support/browser';
import { clickWhereItIs } from '../support/gestures';
import { dialog, dialogPanel, settle, waitForApp, wall } from '../support/screen';
import { root, serveSampleSite } from '../support/sample-site';

const browser = setupBrowser();
const sample = serveSampleSite();

interface SampleMoment {
  slug: string;
  caption: string;
  alt: string;
  photo?: { src: string };
}
const moments: SampleMoment[] = JSON.parse(readFileSync(join(root, SAMPLE_CATALOG), 'utf8')).moments;
const moment = (slug: string) => moments.find((each) => each.slug === slug)!;
/** The sample's 16:9 photo (5,640×3,172) and its one moment without a photo. */
const wide = moment('the-quiet-hours-take-best-group');
const artwork = moments.find((each) => !each.photo)!;

/** Opens the sample wall, clicks the card of `slug` and waits for its dialog, standing still. */
async function openDialog(page: Page, slug: string): Promise<Locator> {
  await page.goto(sample.url('/'));
  await waitForApp(page);
  const link = wall(page).list.locator(`a[href="/moments/${slug}/"]`);
  await link.scrollIntoViewIfNeeded();
  await settle(page);
  await clickWhereItIs(page, link);
  await expect.poll(() => dialog(page).count(), { message: 'the dialog opens' }).toBe(1);
  await settle(page);
  return dialog(page);
}

/** Whether a person sees `target` where it is: inside the window and not hidden by what is in front or a scrolled box. */
async function seen(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) return false;
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 8));
    return top !== null && element.contains(top);
  });
}

describe('the photo in the dialog', () => {
  const screens = [
    // Measured before: 19.1 %, 19.3 % and 17.4 % of the screen.
    { width: 390, height: 844, phone: true, dpr: 3, area: 0.25, beside: false },
    { width: 1024, height: 768, phone: false, dpr: 1, area: 0.28, beside: true },
    { width: 1440, height: 900, phone: false, dpr: 1, area: 0.4, beside: true },
  ];
  for (const { width, height, phone, dpr, area, beside } of screens) {
    test(`at ${width}×${height} a 16:9 photo covers at least ${Math.round(area * 100)} % of the screen, the text ${beside ? 'beside' : 'below'} it, caption and credit seen without scrolling`, async () => {
      const page = await browser.newPage({ viewport: { width, height }, phone, deviceScaleFactor: dpr });
      const shown = await openDialog(page, wide.slug);
      const photo = shown.getByRole('img', { name: wide.alt, exact: true });
      const box = (await photo.boundingBox())!;
      const covered = (box.width * box.height) / (width * height);
      expect(covered, `the photo is ${box.width.toFixed(0)}×${box.height.toFixed(0)} px, ${(covered * 100).toFixed(1)} % of the screen`).toBeGreaterThanOrEqual(area);
      expect(box.width / box.height, 'shown whole, in its own shape').toBeCloseTo(5640 / 3172, 1);
      // On a phone, edge to edge.
      if (!beside) expect([Math.round(box.x), Math.round(box.width)]).toEqual([0, width]);

      const caption = shown.getByText(wide.caption, { exact: true });
      const credit = shown.getByText(/^Photo: /);
      for (const [name, text] of [['caption', caption], ['credit', credit]] as const) {
        expect(await seen(text), `the ${name} is on screen`).toBe(true);
        const at = (await text.boundingBox())!;
        if (beside) expect(at.x, `the ${name} is beside the photo`).toBeGreaterThanOrEqual(box.x + box.width);
        else expect(at.y, `the ${name} is below the photo`).toBeGreaterThanOrEqual(box.y + box.height);
      }
      expect(await shown.evaluate((element) => element.scrollTop), 'nothing scrolled').toBe(0);

      // Never blurred: the file picked is as wide as the photo is drawn in device pixels.
      const file = await photo.evaluate((img: HTMLImageElement) => img.currentSrc);
      expect(file).toMatch(/-\d+\.webp$/);
      expect(Number(/-(\d+)\.webp$/.exec(file)![1]), file).toBeGreaterThanOrEqual(Math.floor(box.width * dpr));
    });
  }

  test('the generated artwork keeps its panel: 4:3, with the wall seen on both sides at 1440 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const shown = await openDialog(page, artwork.slug);
    const frame = (await shown.locator(`[data-artwork="${artwork.slug}"]`).boundingBox())!;
    expect(frame.width / frame.height).toBeCloseTo(4 / 3, 2);
    const panel = (await dialogPanel(page).boundingBox())!;
    expect(panel.x, 'backdrop on the left').toBeGreaterThan(100);
    expect(1440 - panel.x - panel.width, 'backdrop on the right').toBeGreaterThan(100);
    expect(frame.width, 'the artwork takes about half the panel, as before').toBeLessThan(panel.width * 0.6);
  });
});
