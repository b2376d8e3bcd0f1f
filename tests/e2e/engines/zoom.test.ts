// Looking closer at a real photo in the moment's dialog, in every engine, on the sample site
// (support/sample-site.ts, built once per run): the + - 0 keys and the Zoom in, Fit and Zoom out
// buttons, the level said in a live region, Escape leaving the zoom before it closes the dialog,
// and a double click where it lands.
import { expect } from 'vitest';
import type { Tab } from '../support/engines/driver';
import { forEachEngine } from '../support/engines/session';
import { DIALOG, MOMENTS } from '../support/engines/screen';
import { sampleMoment, sampleMoments, serveSampleSite, WIDE } from '../support/sample-site';

const sample = serveSampleSite();
const wide = sampleMoment(WIDE);
const WIDE_AT = `/moments/${WIDE}/`;
const CONTROLS = { role: 'group', name: 'Zoom', within: DIALOG };
const button = (name: 'Zoom in' | 'Fit' | 'Zoom out') => ({ role: 'button', name, within: CONTROLS });
const PHOTO = { role: 'img', name: wide.alt, within: DIALOG };

/** What a screen reader hears of the zoom: "Zoom 150 %", "Zoom: whole photo". */
const level = async (tab: Tab) => (await tab.texts({ role: 'status', within: DIALOG })).map((text) => text.trim()).find((text) => text.startsWith('Zoom'));
/**
 * Where the app has put the photo: the scale and offset of the transform it set (the glide to it
 * may still be under way: in WebKit at load 20 a computed transform once stood still for 5 s).
 */
const drawn = (tab: Tab) =>
  tab.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('dialog .zoom-surface img')!;
    const matrix = new DOMMatrixReadOnly(img.style.transform === '' ? undefined : img.style.transform);
    return { scale: Math.round(matrix.a * 100) / 100, x: Math.round(matrix.e), y: Math.round(matrix.f) };
  });

/** Opens the sample wall and the 16:9 photo's moment from its card; waits for the zoom's controls. */
async function openWide(tab: Tab): Promise<void> {
  await tab.goto(sample.url('/'));
  await tab.waitForApp();
  const number = sampleMoments.indexOf(wide) + 1;
  await tab.click({ role: 'link', name: new RegExp(`, moment ${number}$`), within: MOMENTS });
  await expect.poll(() => tab.address(), { message: `${tab.engine}: the moment's address` }).toBe(WIDE_AT);
  await expect.poll(() => level(tab), { message: `${tab.engine}: the zoom's level is said` }).toBe('Zoom: whole photo');
}

const says = async (tab: Tab, said: string, how: string) =>
  expect.poll(() => level(tab), { message: `${tab.engine}: after ${how}, "${said}"` }).toBe(said);

forEachEngine((run) => {
  run('zoom in the dialog by keys: + and - step, 0 fits, the level is said; Escape leaves the zoom first, then closes', async (tab) => {
    await openWide(tab);
    await tab.press('+');
    await says(tab, 'Zoom 150 %', '+');
    await tab.press('+');
    await says(tab, 'Zoom 225 %', '+ +');
    await expect.poll(async () => (await drawn(tab)).scale, { message: `${tab.engine}: the photo is drawn 2.25 times` }).toBe(2.25);
    await tab.press('-');
    await says(tab, 'Zoom 150 %', '-');
    await tab.press('0');
    await says(tab, 'Zoom: whole photo', '0');
    await expect.poll(() => drawn(tab)).toEqual({ scale: 1, x: 0, y: 0 });

    await tab.press('+');
    await says(tab, 'Zoom 150 %', '+');
    await tab.press('Escape');
    await says(tab, 'Zoom: whole photo', 'Escape');
    expect(await tab.count(DIALOG), 'the first Escape only left the zoom').toBe(1);
    expect(await tab.address()).toBe(WIDE_AT);
    await tab.press('Escape');
    await expect.poll(() => tab.count(DIALOG), { message: `${tab.engine}: the second Escape closes` }).toBe(0);
    await expect.poll(() => tab.address()).toBe('/');
  });

  run('zoom in the dialog by its buttons and by a double click on the photo', async (tab) => {
    await openWide(tab);
    await tab.click(button('Zoom in'));
    await says(tab, 'Zoom 150 %', 'Zoom in');
    await tab.click(button('Zoom in'));
    await says(tab, 'Zoom 225 %', 'Zoom in twice');
    await tab.click(button('Zoom out'));
    await says(tab, 'Zoom 150 %', 'Zoom out');
    await tab.click(button('Fit'));
    await says(tab, 'Zoom: whole photo', 'Fit');
    await expect.poll(() => drawn(tab)).toEqual({ scale: 1, x: 0, y: 0 });

    await tab.doubleClick(PHOTO);
    await says(tab, 'Zoom 250 %', 'a double click');
    await expect.poll(async () => (await drawn(tab)).scale).toBe(2.5);
    // Away from the first (a second double click at its very point would count as clicks 3 and 4).
    await tab.doubleClick(PHOTO, 80);
    await says(tab, 'Zoom: whole photo', 'a second double click');
    expect(await tab.address(), 'the clicks on the photo opened or closed nothing').toBe(WIDE_AT);
  });
});
