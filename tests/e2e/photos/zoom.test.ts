// Looking closer at a real photo (issue 22), in the dialog and on the moment's page, on the sample
// site: keys, buttons, double click and Ctrl+wheel on a desktop; double tap, pinch and drag on a
// phone; Escape and swipes while zoomed; the larger file as the zoom needs it. Each test checks
// what the person ends up with: the level said, the scale drawn, the address, the dialog.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from '../support/browser';
import { clickWhereItIs, swipe } from '../support/gestures';
import { doubleTap, openSampleDialog, pinch, waitForGestures, zoomOf } from '../support/photo';
import { sampleMoment, sampleMoments, serveSampleSite, WIDE } from '../support/sample-site';
import { address, dialog, waitForApp } from '../support/screen';

const browser = setupBrowser();
const sample = serveSampleSite();
const wide = sampleMoment(WIDE);
const next = sampleMoments[sampleMoments.indexOf(wide) + 1]!;
const page$ = (slug: string) => `/moments/${slug}/`;

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { phone: true, viewport: { width: 390, height: 844 } };

async function openWide(page: Page) {
  const shown = await openSampleDialog(page, sample, WIDE);
  return { shown, ...zoomOf(shown, wide.alt) };
}

describe('zoom in the dialog, on a desktop', () => {
  test('+ zooms and says so, the arrows pan (and do not step), 0 fits; Escape leaves the zoom first, then closes', async () => {
    const page = await browser.newPage(DESKTOP);
    const { status, drawn } = await openWide(page);
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 150 %');
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 225 %');
    await expect.poll(async () => (await drawn()).scale).toBe(2.25);

    const before = await drawn();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await drawn()).x, { message: '→ shows more of the right' }).toBeLessThan(before.x);
    expect(address(page), 'the arrow panned, it did not step').toBe(page$(WIDE));

    await page.keyboard.press('0');
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');
    await expect.poll(drawn).toEqual({ scale: 1, x: 0, y: 0 });

    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 150 %');
    await page.keyboard.press('Escape');
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');
    expect(await dialog(page).count(), 'the first Escape only left the zoom').toBe(1);
    expect(address(page)).toBe(page$(WIDE));
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count(), { message: 'the second Escape closes' }).toBe(0);
    await expect.poll(() => address(page)).toBe('/');
  });

  test('+ pressed while the gesture layer is still on its way is not lost', async () => {
    const page = await browser.newPage(DESKTOP);
    // The race on purpose: the gesture chunk is held until the key has been pressed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/zoom-gestures-*.js', async (route) => {
      await held;
      await route.continue();
    });
    const { status, surface } = await openWide(page);
    expect(await surface.getAttribute('data-gestures'), 'the gesture layer has not arrived').toBeNull();
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 150 %');
    release();
    await waitForGestures(surface);
    expect(await status.textContent()).toBe('Zoom 150 %');
  });

  test('the buttons zoom and fit; Ctrl+wheel zooms and a drag straight after pans; a double click toggles', async () => {
    const page = await browser.newPage(DESKTOP);
    const { zoomIn, fit, zoomOut, status, drawn, surface } = await openWide(page);
    await waitForGestures(surface);
    await clickWhereItIs(page, zoomIn);
    await expect.poll(() => status.textContent()).toBe('Zoom 150 %');
    await clickWhereItIs(page, zoomOut);
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');

    const box = (await surface.boundingBox())!;
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(middle.x, middle.y);
    await page.keyboard.down('Control');
    for (let turn = 0; turn < 4; turn++) await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await drawn()).scale, { message: 'Ctrl+wheel zooms' }).toBeGreaterThan(1.2);
    const zoomed = await drawn();
    // At once, while the library may still count the wheel's pinch as under way.
    await page.mouse.down();
    await page.mouse.move(middle.x + 60, middle.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await drawn()).x, { message: 'the drag pans' }).toBeGreaterThan(zoomed.x);

    await clickWhereItIs(page, fit);
    await expect.poll(drawn).toEqual({ scale: 1, x: 0, y: 0 });

    // A double click a quarter in from the left: 250 %, that point brought to the middle.
    await page.mouse.dblclick(box.x + box.width / 4, middle.y);
    await expect.poll(() => status.textContent()).toBe('Zoom 250 %');
    await expect.poll(async () => (await drawn()).x, { message: 'the left of the photo comes into the middle' }).toBeGreaterThan(0);
    await page.mouse.dblclick(middle.x, middle.y);
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');
  });

  test('zoomed in, the next larger file of the ladder replaces the one shown', async () => {
    const page = await browser.newPage(DESKTOP);
    const { fileWidth, photo, status } = await openWide(page);
    const drawnWidth = (await photo.boundingBox())!.width;
    const first = await fileWidth();
    expect(first).toBeLessThan(drawnWidth * 2.25);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 225 %');
    const largest = await photo.evaluate((img) => Math.max(...img.parentElement!.querySelector('source')!.srcset.split(', ').map((each) => Number(/ (\d+)w$/.exec(each)![1]))));
    await expect.poll(fileWidth, { message: 'a file as wide as the zoom draws it, or the largest' }).toBeGreaterThanOrEqual(Math.min(Math.floor(drawnWidth * 2.25), largest));
  });

  test("on a wide original, zooming past the ladder's top fetches the zoom's larger files, each shown once decoded; none at fit", async () => {
    // The sample's 16:9 photo is 5,640 px wide: its zoom files are 3,413 and 5,640 px (zoomWidthsFor).
    const page = await browser.newPage(DESKTOP);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('-zoom-')) asked.push(new URL(request.url()).pathname.replace(/^\/photos\/\w+-/, ''));
    });
    // The first zoom file is held until the test lets it go: the race on purpose.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/photos/*-zoom-3413.webp', async (route) => {
      await held;
      await route.continue();
    });
    const { fileWidth, photo, status } = await openWide(page);
    await page.waitForLoadState('networkidle');
    expect(asked, 'at fit, no zoom file is fetched').toEqual([]);
    const fitted = await fileWidth();
    expect(fitted).toBeLessThanOrEqual(2133);

    // 225 % of a photo drawn about 1,040 px wide needs about 2,340 px: above the ladder's 2,133.
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 225 %');
    await expect.poll(() => asked, { message: 'the zoom asked for its 3,413 px file' }).toEqual(['zoom-3413.webp']);
    // Until it has arrived and decoded, the photo shown stays the one there was, whole.
    const shown = await photo.evaluate((img: HTMLImageElement) => ({ file: img.currentSrc, complete: img.complete, zoomCandidates: img.parentElement!.querySelector('source')!.srcset.includes('-zoom-') }));
    expect(shown).toMatchObject({ complete: true, zoomCandidates: false });
    expect(shown.file).not.toContain('-zoom-');
    release();
    await expect.poll(fileWidth, { message: 'then it is the file shown' }).toBe(3413);
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(3413);

    // 500 % needs about 5,200 px: the original's width.
    for (let press = 0; press < 3; press++) await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 500 %');
    await expect.poll(fileWidth, { message: "at 500 % the file is the original's width" }).toBe(5640);
    expect(asked).toEqual(['zoom-3413.webp', 'zoom-5640.webp']);
  });

  test('zoomed to an edge, a window made smaller still shows the photo over its whole frame, the same part of it in view', async () => {
    const page = await browser.newPage(DESKTOP);
    const { photo, status, drawn, surface } = await openWide(page);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 225 %');
    // To the right edge of the photo: the arrows stop there.
    for (let press = 0; press < 8; press++) await page.keyboard.press('ArrowRight');
    const before = (await surface.boundingBox())!;
    await expect.poll(async () => (await drawn()).x, { message: 'at the right edge' }).toBe(-Math.round((1.25 * before.width) / 2));
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(async () => (await surface.boundingBox())!.width, { message: 'the frame is smaller' }).toBeLessThan(before.width * 0.8);
    // What a person sees: the photo covers its frame (the frame clips it), no empty edge.
    const covers = () =>
      photo.evaluate((img) => {
        const frame = img.closest('.photo-frame')!.getBoundingClientRect();
        const drawnBox = img.getBoundingClientRect();
        return drawnBox.left <= frame.left + 1 && drawnBox.right >= frame.right - 1 && drawnBox.top <= frame.top + 1 && drawnBox.bottom >= frame.bottom - 1;
      });
    await expect.poll(covers, { message: 'no edge of the frame shows' }).toBe(true);
    const after = (await surface.boundingBox())!;
    expect(await drawn(), 'still zoomed, still at the right edge').toEqual({ scale: 2.25, x: -Math.round((1.25 * after.width) / 2), y: 0 });
    expect(await status.textContent()).toBe('Zoom 225 %');
  });

  test('with reduced motion, a zoom is there at once: nothing glides', async () => {
    const page = await browser.newPage({ ...DESKTOP, reducedMotion: 'reduce' });
    const { photo, status } = await openWide(page);
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 150 %');
    const seen = await photo.evaluate((img) => ({ running: img.getAnimations().length, scale: new DOMMatrixReadOnly(getComputedStyle(img).transform).a }));
    expect(seen).toEqual({ running: 0, scale: 1.5 });
  });
});

describe('zoom in the dialog, on a phone', () => {
  test('a double tap zooms to 250 % where it lands, a second fits; the buttons are at least 44 px', async () => {
    const page = await browser.newPage(PHONE);
    const { surface, status, drawn, zoomIn, zoomOut, fit } = await openWide(page);
    for (const control of [zoomIn, zoomOut, fit]) {
      const { width, height } = (await control.boundingBox())!;
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    }
    const box = (await surface.boundingBox())!;
    const at = { x: box.x + box.width * 0.75, y: box.y + box.height / 2 };
    await doubleTap(page, at.x, at.y);
    await expect.poll(() => status.textContent()).toBe('Zoom 250 %');
    await expect.poll(async () => (await drawn()).x, { message: 'the right of the photo comes into the middle' }).toBeLessThan(0);
    await doubleTap(page, at.x, at.y);
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');
  });

  test("a double tap at 3× asks for the zoom's 3,413 px file (2.5× of 390 px is 2,925 px); fitted, nothing above the ladder", async () => {
    const page = await browser.newPage({ ...PHONE, deviceScaleFactor: 3 });
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('-zoom-')) asked.push(new URL(request.url()).pathname.replace(/^\/photos\/\w+-/, ''));
    });
    const { surface, status, fileWidth } = await openWide(page);
    await page.waitForLoadState('networkidle');
    expect(asked, 'at fit, no zoom file is fetched').toEqual([]);
    const box = (await surface.boundingBox())!;
    await doubleTap(page, box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => status.textContent()).toBe('Zoom 250 %');
    await expect.poll(fileWidth, { message: 'the zoom file is shown' }).toBe(3413);
    expect(asked).toEqual(['zoom-3413.webp']);
  });

  test('a pinch zooms and a drag pans; zoomed, a swipe does not step; one tap on Fit fits; then a swipe steps', async () => {
    const page = await browser.newPage(PHONE);
    const { surface, status, drawn, fit } = await openWide(page);
    await waitForGestures(surface);
    await pinch(page, surface, 2.5);
    await expect.poll(async () => (await drawn()).scale, { message: 'the pinch zoomed' }).toBeGreaterThan(1.5);
    const zoomed = await drawn();
    expect(await status.textContent()).toMatch(/^Zoom \d+ %$/);

    await swipe(page, surface, -120);
    await expect.poll(async () => (await drawn()).x, { message: 'the drag panned' }).toBeLessThan(zoomed.x);
    expect(address(page), 'zoomed, a swipe does not step').toBe(page$(WIDE));

    // One tap, right after the pinch and a quick pan (Chromium would take it for the end of a fling).
    const button = (await fit.boundingBox())!;
    await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
    await expect.poll(() => status.textContent(), { message: 'the first tap on Fit fits' }).toBe('Zoom: whole photo');

    await swipe(page, surface, -120);
    await expect.poll(() => address(page), { message: 'fitted, a swipe steps' }).toBe(page$(next.slug));
  });
});

describe('zoom on the moment page', () => {
  test('+ zooms, the arrows pan instead of stepping, Escape fits; fitted, → steps as before; the buttons zoom with the mouse', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(sample.url(page$(WIDE)));
    await waitForApp(page);
    const { status, drawn, zoomIn, fit } = zoomOf(page.locator('main'), wide.alt);
    // The zoom's controls come once its keys listen: waitForApp sees hydration start, not its effects.
    await zoomIn.waitFor({ state: 'visible' });
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Zoom 150 %');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await drawn()).x).toBeLessThan(0);
    expect(address(page)).toBe(page$(WIDE));
    await page.keyboard.press('Escape');
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');
    await clickWhereItIs(page, zoomIn);
    await expect.poll(() => status.textContent()).toBe('Zoom 150 %');
    await clickWhereItIs(page, fit);
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => address(page)).toBe(page$(next.slug));
  });

  test('on a phone a double tap zooms there too, and so does a pinch', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(sample.url(page$(WIDE)));
    await waitForApp(page);
    const { surface, status, drawn, zoomIn } = zoomOf(page.locator('main'), wide.alt);
    await zoomIn.waitFor({ state: 'visible' });
    const box = (await surface.boundingBox())!;
    await doubleTap(page, box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => status.textContent()).toBe('Zoom 250 %');
    await doubleTap(page, box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => status.textContent()).toBe('Zoom: whole photo');
    await waitForGestures(surface);
    await pinch(page, surface, 2);
    await expect.poll(async () => (await drawn()).scale, { message: 'the pinch zoomed' }).toBeGreaterThan(1.3);
    expect(address(page)).toBe(page$(WIDE));
  });
});
