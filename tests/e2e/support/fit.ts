// Whether every control on the screen can be seen and reached: measured in the page, from the
// boxes the browser laid out. Used by the width matrix (widths.test.ts).
import type { Page } from 'playwright-core';

/** What is wrong with one control, or with the page as a whole (control ""). */
export interface Misfit {
  control: string;
  problem: string;
}

/**
 * Looks at every link and button (inside `scope` when given, e.g. the dialog, which must also
 * hold them wholly inside itself) and reports:
 * - a sideways scroll of the page;
 * - a control not wholly inside the window, sideways, unless it sits in a scroll container it
 *   scrolls into (then the container must fit);
 * - a control cut by an ancestor that clips (overflow hidden or clip);
 * - a control smaller than 24×24 CSS px (WCAG 2.2 target size), unless it is a link inside a
 *   sentence.
 */
export function findMisfits(page: Page, scope?: string): Promise<Misfit[]> {
  return page.evaluate(misfitsInPage, scope);
}

/** findMisfits' look, run in the page: self-contained, so that any driver can send it (tests/e2e/support/engines/). */
export function misfitsInPage(scopeSelector?: string): Misfit[] {
  const misfits: { control: string; problem: string }[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    misfits.push({ control: '', problem: `the page scrolls sideways by ${root.scrollWidth - root.clientWidth} px` });
  }
  const container = scopeSelector ? document.querySelector(scopeSelector) : document.body;
  if (!container) return [{ control: '', problem: `no ${scopeSelector} on the page` }];
  const panel = scopeSelector ? container.getBoundingClientRect() : undefined;
  for (let parent = container.parentElement; scopeSelector && parent; parent = parent.parentElement) {
    if (parent.scrollWidth > parent.clientWidth && /auto|scroll/.test(getComputedStyle(parent).overflowX)) {
      misfits.push({ control: '', problem: `the dialog scrolls sideways by ${parent.scrollWidth - parent.clientWidth} px` });
    }
  }
  const px = (value: number) => `${Math.round(value)} px`;
  const name = (element: Element) => {
    const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
    const role = element.tagName === 'A' ? 'link' : 'button';
    return `${role} "${label.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  };
  const controls = container.querySelectorAll<HTMLElement>('a[href], button, [role="button"], input, select, textarea, summary');
  for (const element of controls) {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // Visually hidden (the skip link until focused, sr-only text): nothing to see or tap.
    if (style.visibility === 'hidden' || box.width <= 1 || box.height <= 1 || element.closest('[hidden], [aria-hidden="true"]')) continue;
    const control = name(element);
    let left = box.left;
    let right = box.right;
    // Walk up: a scroll container holds what scrolls into it; a clipping one cuts it.
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(parent);
      const frame = parent.getBoundingClientRect();
      if (/hidden|clip/.test(overflowY) && (box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)) {
        misfits.push({ control, problem: `is cut off at the top or bottom by its ${parent.tagName.toLowerCase()} container` });
      }
      if (overflowX === 'visible') continue;
      const scrolls = overflowX === 'auto' || overflowX === 'scroll';
      const start = scrolls ? frame.left - parent.scrollLeft : frame.left;
      const end = scrolls ? start + parent.scrollWidth : frame.right;
      if (left < start - 0.5 || right > end + 0.5) {
        misfits.push({ control, problem: `is cut off by its ${parent.tagName.toLowerCase()} container (${px(Math.max(start - left, right - end))})` });
      }
      if (scrolls && parent.scrollWidth > parent.clientWidth) {
        left = frame.left;
        right = frame.right;
      }
    }
    if (left < -0.5) misfits.push({ control, problem: `starts ${px(-left)} left of the window` });
    if (right > root.clientWidth + 0.5) misfits.push({ control, problem: `ends ${px(right - root.clientWidth)} past the window's right edge` });
    if (panel) {
      // Inside a part of the panel that scrolls up and down (the Filters sheet's list), a control
      // below or above is scrolled to, not cut: only its sides must be inside the panel.
      let scrolled = false;
      for (let parent = element.parentElement; parent && parent !== container; parent = parent.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(parent).overflowY)) scrolled = true;
      }
      const sides = Math.max(panel.left - box.left, box.right - panel.right);
      const out = scrolled ? sides : Math.max(sides, panel.top - box.top, box.bottom - panel.bottom);
      if (out > 0.5) misfits.push({ control, problem: `sticks out of the dialog's panel by ${px(out)}` });
    }
    const inSentence = style.display === 'inline' && element.parentElement?.tagName === 'P';
    if (!inSentence && (box.width < 23.5 || box.height < 23.5)) {
      misfits.push({ control, problem: `is ${px(box.width)}×${px(box.height)}, under the 24×24 px minimum target` });
    }
  }
  return misfits;
}

/** Waits until no animation runs (CSS, Web Animations), then one more frame. */
export async function stillness(page: Page): Promise<void> {
  await page.evaluate(stillnessInPage);
}

/** stillness' wait, run in the page: self-contained, for any driver. */
export async function stillnessInPage(): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const running = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    if (running.every((animation) => animation.playState !== 'running')) break;
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
