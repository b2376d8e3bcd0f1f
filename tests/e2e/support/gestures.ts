// A person's hand on the page: a click exactly where something is, a finger swiped across it.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A mouse click at the centre of the element as it stands on screen, like a person's.
 * (Playwright's click() scrolls again on its own when it retries, which would move the wall
 * before a test measures it.)
 */
export async function clickWhereItIs(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  expect(box, 'the element is on screen').not.toBeNull();
  const viewport = page.viewportSize()!;
  const x = box!.x + box!.width / 2;
  const y = box!.y + box!.height / 2;
  expect(x > 0 && x < viewport.width && y > 0 && y < viewport.height, 'the point clicked is in the window').toBe(true);
  await page.mouse.click(x, y);
}

/**
 * One finger moved by (dx, dy) across the middle of the part of `target` in the window, through
 * the DevTools protocol: touchStart, a few touchMoves, touchEnd. Chromium turns it into pointer
 * events with pointerType "touch". Fails unless it starts in the window and stays on `target`
 * from side to side.
 */
export async function swipe(page: Page, target: Locator, dx: number, dy = 0): Promise<void> {
  const box = await target.boundingBox();
  expect(box, 'the element is on screen').not.toBeNull();
  const viewport = page.viewportSize()!;
  const x = box!.x + box!.width / 2 - dx / 2;
  const y = (Math.max(box!.y, 0) + Math.min(box!.y + box!.height, viewport.height)) / 2 - dy / 2;
  const onTarget = (at: number) => at > box!.x && at < box!.x + box!.width;
  expect(y > box!.y && y < viewport.height, 'the swipe starts in the window, on the element or below its top').toBe(true);
  expect(onTarget(x) && onTarget(x + dx), 'the swipe stays on the element from side to side').toBe(true);
  await touchSwipe(page, x, y, dx, dy);
}

/**
 * One finger from (x, y) moved by (dx, dy) in six steps, through the DevTools protocol (Chromium
 * only): touchStart, touchMoves, touchEnd, which Chromium turns into pointer events of pointerType "touch".
 */
export async function touchSwipe(page: Page, x: number, y: number, dx: number, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    const steps = 6;
    for (let step = 1; step <= steps; step++) {
      const point = { x: x + (dx * step) / steps, y: y + (dy * step) / steps };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
