// What motion the app started, read from the page: every Web Animation (Element.animate, which
// framer-motion uses for opacity and the app for its own glides) and every transform or opacity
// framer-motion writes itself (layout animations run in JavaScript). A motion started shows here
// however slowly the machine draws its frames, so a test never waits on frame timing.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Started {
  /** 'animate': an Element.animate() call; 'style': a transform or opacity written inline. */
  kind: 'animate' | 'style';
  /** The moment's card (data-slug) or artwork (data-artwork) it moved, if any. */
  slug: string | null;
  /** True when it moved an artwork rather than its card. */
  art: boolean;
  /** True when it is inside the dialog. */
  dialog: boolean;
  /** The properties animated, or written. */
  properties: string[];
  /** The first keyframe, or the value written: "transform: translate(…)". */
  from: string;
}

/** Starts recording; read with {@link startedMotion}. */
export async function watchMotion(page: Page): Promise<void> {
  await page.evaluate(watchMotionInPage);
}

/** watchMotion's recorder, run in the page: self-contained, so that any driver can send it (tests/e2e/support/engines/). */
export function watchMotionInPage(): void {
  const started: Started[] = [];
  (window as unknown as { __motion: Started[] }).__motion = started;
  const describe = (element: Element) => {
    const art = element.closest('[data-artwork]');
    const slug = art?.getAttribute('data-artwork') ?? element.closest('[data-slug]')?.getAttribute('data-slug') ?? null;
    return { slug, art: art !== null, dialog: element.closest('dialog') !== null };
  };
  const animate = Element.prototype.animate;
  Element.prototype.animate = function (this: Element, keyframes, options) {
    const first = (Array.isArray(keyframes) ? keyframes[0] : keyframes) ?? {};
    const properties = Object.keys(first).filter((key) => key !== 'offset' && key !== 'easing' && key !== 'composite');
    const from = properties.map((key) => `${key}: ${String((first as Record<string, unknown>)[key])}`).join('; ');
    started.push({ kind: 'animate', ...describe(this), properties, from });
    return animate.call(this, keyframes, options);
  };
  new MutationObserver((records) => {
    for (const { target } of records) {
      if (!(target instanceof HTMLElement)) continue;
      const { transform, opacity } = target.style;
      const properties = [...(transform && transform !== 'none' ? ['transform'] : []), ...(opacity && opacity !== '1' ? ['opacity'] : [])];
      if (properties.length === 0) continue;
      started.push({ kind: 'style', ...describe(target), properties, from: `transform: ${transform}; opacity: ${opacity}` });
    }
  }).observe(document.body, { attributes: true, attributeFilter: ['style'], subtree: true });
}

/** What the recorder has noted, read in the page: self-contained, for any driver. */
export const startedInPage = (): Started[] => (window as unknown as { __motion: Started[] }).__motion;

export function startedMotion(page: Page): Promise<Started[]> {
  return page.evaluate(startedInPage);
}

/** Whether a record moves something (a translation other than 0, a scale other than 1). */
export function moves(record: Started): boolean {
  const transform = /transform: ([^;]*)/.exec(record.from)?.[1] ?? 'none';
  const numbers = transform
    .replace(/translate3d/g, 'translate')
    .replace(/scale[XY]?\([^)]*\)/g, (scale) => scale.replace(/(?<![\d.])1(?![\d.])/g, ''))
    .match(/-?\d*\.?\d+/g);
  return (numbers ?? []).some((number) => Number(number) !== 0);
}

/** Whether a record fades something (an opacity animation, or an opacity below 1 written). */
export const fades = (record: Started) => record.properties.includes('opacity');

/**
 * Starts noting, in every frame until {@link placesSeen}, where the first element that matches
 * `selector` is drawn: its box on screen, to the pixel. Unlike {@link startedMotion}, this is
 * what a person saw, frame by frame, so a thing that stood still still leaves its one place.
 */
export async function watchPlaces(page: Page, selector: string): Promise<void> {
  await page.evaluate((watched) => {
    const seen: string[] = [];
    const state = { seen, watching: true };
    (window as unknown as { __places: typeof state }).__places = state;
    const look = () => {
      const element = document.querySelector(watched);
      if (element) {
        const { x, y, width, height } = element.getBoundingClientRect();
        const place = [x, y, width, height].map(Math.round).join(',');
        if (seen.at(-1) !== place) seen.push(place);
      }
      if (state.watching) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, selector);
}

/** The places noted since {@link watchPlaces}, in order ("x,y,width,height", repeats once); stops noting. */
export function placesSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const state = (window as unknown as { __places: { seen: string[]; watching: boolean } }).__places;
    state.watching = false;
    return state.seen;
  });
}

/** Where the first element that matches `selector` is drawn now, noted as {@link watchPlaces} does. */
export function placeNow(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((watched) => {
    const element = document.querySelector(watched);
    if (!element) return null;
    const { x, y, width, height } = element.getBoundingClientRect();
    return [x, y, width, height].map(Math.round).join(',');
  }, selector);
}

/**
 * Waits until the page has fetched its layout animations and the wall's reflow, which the app
 * loads when the browser is first idle (src/routes/root.tsx): until then a card jumps to its new
 * place whatever the motion preference, and a test that it does not glide would prove nothing.
 */
export async function layoutMotionLoaded(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/motion-features-'))), {
      message: 'the layout animations have loaded',
    })
    .toBe(true);
}

/**
 * From now on, every Web Animation started on an element inside one that matches `within` (by
 * default an artwork inside the dialog; `'*'`: any) is held at its first frame as it starts, so
 * that a test can look at it at any point of its course with {@link glideAt}, then let it go with
 * {@link releaseGlides}: what the glide draws, with no frame timing at all, however slowly the
 * machine draws; {@link heldGlides} says how many it holds.
 */
export async function holdGlides(page: Page, within = 'dialog [data-artwork]'): Promise<void> {
  await page.evaluate((selector) => {
    const held: Animation[] = [];
    (window as unknown as { __held: Animation[] }).__held = held;
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, keyframes, options) {
      const animation = animate.call(this, keyframes, options);
      if (this.closest(selector)) {
        animation.pause();
        animation.currentTime = 0;
        held.push(animation);
      }
      return animation;
    };
  }, within);
}

/** How many animations {@link holdGlides} holds. */
export function heldGlides(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __held: Animation[] }).__held.length);
}

/**
 * Moves the held glides to `fraction` (0 to 1) of their course and says where the first element
 * that matches `selector` is drawn there, noted as {@link placeNow} does; null when no glide is held.
 */
export async function glideAt(page: Page, selector: string, fraction: number): Promise<string | null> {
  const held = await page.evaluate((at) => {
    const animations = (window as unknown as { __held: Animation[] }).__held;
    for (const animation of animations) animation.currentTime = Number(animation.effect?.getComputedTiming().duration ?? 0) * at;
    return animations.length;
  }, fraction);
  return held === 0 ? null : placeNow(page, selector);
}

/** Lets the held glides run to their end. */
export async function releaseGlides(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const animation of (window as unknown as { __held: Animation[] }).__held) animation.finish();
  });
}
