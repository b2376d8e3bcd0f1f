// A real photo in the moment's views (the sample site, support/sample-site.ts): opening its
// dialog, and what a person sees of its zoom.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickWhereItIs } from './gestures';
import type { SampleSite } from './sample-site';
import { dialog, settle, waitForApp, wall } from './screen';

/** Opens the sample wall, clicks the card of `slug` and waits for its dialog, standing still. */
export async function openSampleDialog(page: Page, sample: SampleSite, slug: string): Promise<Locator> {
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

/** The photo's zoom as a person meets it, within `scope` (the dialog, or the moment's page). */
export function zoomOf(scope: Locator, alt: string) {
  const photo = scope.getByRole('img', { name: alt, exact: true });
  const controls = scope.getByRole('group', { name: 'Zoom', exact: true });
  return {
    photo,
    /** The element that takes the pinch, the drag and the taps: the photo's frame's parent. */
    surface: scope.locator('.zoom-surface'),
    zoomIn: controls.getByRole('button', { name: 'Zoom in', exact: true }),
    zoomOut: controls.getByRole('button', { name: 'Zoom out', exact: true }),
    fit: controls.getByRole('button', { name: 'Fit', exact: true }),
    /** What a screen reader hears: "Zoom 250 %", "Zoom: whole photo". */
    status: scope.getByRole('status').filter({ hasText: /^Zoom\b/ }),
    /** How the photo is drawn: its scale and offset, read from its transform. */
    drawn: () =>
      photo.evaluate((img) => {
        const matrix = new DOMMatrixReadOnly(getComputedStyle(img).transform === 'none' ? undefined : getComputedStyle(img).transform);
        return { scale: Math.round(matrix.a * 100) / 100, x: Math.round(matrix.e), y: Math.round(matrix.f) };
      }),
    /** The width of the file shown, from its name. */
    fileWidth: () => photo.evaluate((img: HTMLImageElement) => Number(/-(\d+)\.\w+$/.exec(img.currentSrc)?.[1] ?? 0)),
  };
}

/** Waits until the pinch and drag listen (the gesture layer loads after the page, as hydration does). */
export async function waitForGestures(surface: Locator): Promise<void> {
  await expect.poll(() => surface.getAttribute('data-gestures'), { message: 'the gesture layer listens' }).toBe('ready');
}

/**
 * Two taps of one finger at (x, y), 100 ms apart by the events' own clocks: a double tap
 * whatever the machine's load (each event carries the time it says it happened).
 */
export async function doubleTap(page: Page, x: number, y: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  try {
    for (const at of [0, 0.1]) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }], timestamp: start + at });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: start + at + 0.03 });
    }
  } finally {
    await cdp.detach();
  }
}

/**
 * Two fingers on `target`, from `gap` px apart around its centre to `gap * grow`, through the
 * DevTools protocol, and both lifted at once.
 */
export async function pinch(page: Page, target: Locator, grow: number, gap = 60): Promise<void> {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const fingers = (half: number) => [
    { x: x - half, y, id: 1 },
    { x: x + half, y, id: 2 },
  ];
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(gap / 2) });
    const steps = 8;
    for (let step = 1; step <= steps; step++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers((gap / 2) * (1 + ((grow - 1) * step) / steps)) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
