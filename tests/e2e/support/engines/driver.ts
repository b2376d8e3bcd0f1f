// The project's one driver layer over three engines: a journey is written once against `Tab`
// and runs in Chromium (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit
// (webdriverio, classic WebDriver). Each engine supplies only the few native acts below (go to
// an address, run a script, a mouse click at a point, a key, Back, the window's size, a
// screenshot); finding by role and name, reading the screen and waiting are built on them here,
// the same in every engine.
import { expect } from 'vitest';
import { finderScript, type NameMatch } from './in-page';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINE_NAMES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** The keys journeys press, by their DOM `key` names. */
export type Key = 'Escape' | 'ArrowLeft' | 'ArrowRight' | 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Tab' | 'Home' | 'End' | ' ' | '+' | '-' | '0';

export interface TabOptions {
  /** The CSS size of the page's window (the viewport); 1280×800 unless given. */
  width?: number;
  height?: number;
}

/** What one engine's driver does natively for one tab; all else is built on these. */
export interface NativeTab {
  /** Loads an absolute URL and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page; a promise it gives is awaited. JSON back. */
  evaluate(expression: string): Promise<unknown>;
  /** A mouse click (press and release of the main button) at a point of the viewport. */
  click(x: number, y: number): Promise<void>;
  /** Two clicks at a point as one double click (the second with detail 2, then a dblclick). */
  doubleClick(x: number, y: number): Promise<void>;
  press(key: Key): Promise<void>;
  /** One finger put down at (x, y), moved by (dx, dy) and lifted: pointer events of pointerType "touch". */
  swipe(x: number, y: number, dx: number, dy: number): Promise<void>;
  /** Types text key by key into whatever has focus. */
  type(text: string): Promise<void>;
  /** The browser's Back. */
  back(): Promise<void>;
  /** Sizes the viewport to width×height CSS px. */
  resize(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** What holds for a whole browser: a person's settings. */
export interface EngineOptions {
  /** The person asks for less motion (prefers-reduced-motion: reduce). */
  reducedMotion?: boolean;
}

export interface Engine {
  readonly name: EngineName;
  newTab(options: Required<TabOptions>): Promise<NativeTab>;
  close(): Promise<void>;
}

/** An element named as assistive technology names it: a role, an accessible name, a scope. */
export interface Target {
  role: string;
  /** Exact accessible name, or a pattern. */
  name?: string | RegExp;
  /** Inside this element. */
  within?: Target;
  /** A heading's level. */
  level?: number;
  /** The nth (0-based) of several that match; without it, several matches are an error. */
  nth?: number;
}

type WireTarget = { role: string; name?: NameMatch; within?: WireTarget; level?: number; nth?: number };

function wire(target: Target): WireTarget {
  const { name, within, ...rest } = target;
  return {
    ...rest,
    ...(name === undefined ? {} : { name: typeof name === 'string' ? name : { source: name.source, flags: name.flags } }),
    ...(within ? { within: wire(within) } : {}),
  };
}

export const describeTarget = (target: Target): string =>
  `${target.role}${target.name === undefined ? '' : ` "${String(target.name)}"`}${target.nth === undefined ? '' : ` #${target.nth}`}${target.within ? ` in ${describeTarget(target.within)}` : ''}`;

/** What has focus: its tag, role and accessible name, where it links, its text, whether inside a dialog. */
export interface Focused {
  tag: string;
  role: string | null;
  name: string;
  href: string | null;
  text: string;
  inDialog: boolean;
}

/** A page in one engine, driven as a person would: by role and name, mouse and keys. */
export class Tab {
  constructor(
    readonly engine: EngineName,
    private readonly native: NativeTab,
    private readonly origin: string,
    private size: { width: number; height: number },
  ) {}

  /** The viewport's size in CSS px. */
  get viewport(): { width: number; height: number } {
    return { ...this.size };
  }

  /** Sizes the viewport (WebKit: never under 447 px wide). */
  async resize(width: number, height: number): Promise<void> {
    await this.native.resize(width, height);
    this.size = { width, height };
  }

  /** Problems read from pages left behind (a page's record goes with it). */
  private earlier: string[] = [];

  /** Opens a path (`/`, `/?person=x`) on the server under test, or on another origin given. */
  async goto(path: string, origin = this.origin): Promise<void> {
    this.earlier.push(...(await this.problems()));
    await this.native.goto(new URL(path, origin).href);
  }

  /**
   * Runs `fn` in the page with JSON `args`; gives back its JSON result. `fn` must not close over
   * anything: it is sent as source.
   */
  async evaluate<T, A extends unknown[] = []>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return (await this.native.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`)) as T;
  }

  /**
   * Runs a script's source in the page as the driver's own code (the page's CSP does not apply:
   * no eval, no script element), e.g. a library's browser build.
   */
  async install(source: string): Promise<void> {
    await this.native.evaluate(`(() => { ${source}
; return true; })()`);
  }

  /**
   * Runs `expression` with `window.__e2e` (in-page.ts) in scope; the finder is installed into the
   * page the first time a page needs it, so a look costs one round trip.
   */
  private async find(expression: string): Promise<unknown> {
    const wrapped = `(() => { const e2e = window.__e2e; if (!e2e) return { missing: true }; return { value: ${expression} }; })()`;
    let answer = (await this.native.evaluate(wrapped)) as { missing?: true; value?: unknown };
    if (answer.missing) {
      await this.install(finderScript());
      answer = (await this.native.evaluate(wrapped)) as { missing?: true; value?: unknown };
    }
    return answer.value;
  }

  /** How many elements match (hidden ones never do). */
  async count(target: Target): Promise<number> {
    return (await this.find(`e2e.all(${JSON.stringify(wire(target))}).length`)) as number;
  }

  /** The accessible names of every element that matches, in document order. */
  async names(target: Target): Promise<string[]> {
    return (await this.find(`e2e.names(${JSON.stringify(wire(target))})`)) as string[];
  }

  /** The text of every element that matches, in document order. */
  async texts(target: Target): Promise<string[]> {
    return (await this.find(`e2e.all(${JSON.stringify(wire(target))}).map((el) => el.textContent)`)) as string[];
  }

  /** One attribute of every element that matches, in document order. */
  async attributes(target: Target, name: string): Promise<(string | null)[]> {
    return (await this.find(`e2e.all(${JSON.stringify(wire(target))}).map((el) => el.getAttribute(${JSON.stringify(name)}))`)) as (
      | string
      | null
    )[];
  }

  /** The text of the one element that matches, or null when none does. */
  async text(target: Target): Promise<string | null> {
    return (await this.find(`(() => { const el = e2e.one(${JSON.stringify(wire(target))}); return el ? el.textContent : null; })()`)) as
      | string
      | null;
  }

  /** An attribute of the one element that matches (null when it has none or nothing matches). */
  async attribute(target: Target, name: string): Promise<string | null> {
    return (await this.find(
      `(() => { const el = e2e.one(${JSON.stringify(wire(target))}); return el ? el.getAttribute(${JSON.stringify(name)}) : null; })()`,
    )) as string | null;
  }

  /**
   * Scrolls the one element that matches to the middle of the window (at once, no smooth
   * scroll) and answers where its centre is, if that point hits the element itself (not
   * something over it). Null while it is missing or covered.
   */
  private async pointOn(target: Target): Promise<{ x: number; y: number } | { problem: string }> {
    return (await this.find(`(() => {
      const el = e2e.one(${JSON.stringify(wire(target))});
      if (!el) return { problem: 'not found' };
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      // A link that wraps is two boxes, and the middle of both may be neither: the widest one.
      const rects = [...el.getClientRects()];
      const box = rects.length > 1 ? rects.reduce((widest, rect) => (rect.width > widest.width ? rect : widest)) : el.getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      if (box.width === 0 || box.height === 0) return { problem: 'it has no size' };
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return { problem: 'its centre is outside the window' };
      const hit = document.elementFromPoint(x, y);
      // An element that lets pointers through (pointer-events: none) is clicked on what holds it.
      const through = hit && hit.contains(el) && getComputedStyle(el).pointerEvents === 'none';
      if (!hit || !(hit === el || el.contains(hit) || through)) return { problem: 'its centre is covered by ' + (hit ? hit.outerHTML.slice(0, 120) : 'nothing') };
      return { x, y };
    })()`)) as { x: number; y: number } | { problem: string };
  }

  /** A mouse click at the centre of the one element that matches, once it is there to click. */
  async click(target: Target): Promise<void> {
    const { x, y } = await this.clickable(target);
    await this.native.click(x, y);
  }

  /**
   * A double click at the centre of the one element that matches (or `dx` px right of it), once it
   * is there to click. Two double clicks at one point in quick succession are a triple and a
   * quadruple click to a browser, as to a person's hand: the second of two goes elsewhere.
   */
  async doubleClick(target: Target, dx = 0): Promise<void> {
    const { x, y } = await this.clickable(target);
    await this.native.doubleClick(x + dx, y);
  }

  /** Waits until the one element that matches can be clicked at its centre; answers where that is. */
  private async clickable(target: Target): Promise<{ x: number; y: number }> {
    let last: { x: number; y: number } | { problem: string } = { problem: 'not looked for' };
    await expect
      .poll(
        async () => {
          last = await this.pointOn(target);
          return 'problem' in last ? last.problem : 'clickable';
        },
        { message: `${this.engine}: ${describeTarget(target)} to click` },
      )
      .toBe('clickable');
    return last as unknown as { x: number; y: number };
  }

  /** A mouse click at a point of the window (CSS px from its top left), on whatever is there. */
  async clickAt(x: number, y: number): Promise<void> {
    expect(x >= 0 && y >= 0 && x < this.viewport.width && y < this.viewport.height, `(${x}, ${y}) is in the window`).toBe(true);
    await this.native.click(x, y);
  }

  /** A finger swiped by (dx, dy) across the middle of the one element that matches, starting on it. */
  async swipe(target: Target, dx: number, dy = 0): Promise<void> {
    const { x, y } = await this.clickable(target);
    const [startX, startY] = [x - dx / 2, y - dy / 2];
    const inside = (px: number, py: number) => px > 0 && py > 0 && px < this.size.width && py < this.size.height;
    expect(inside(startX, startY) && inside(startX + dx, startY + dy), `the swipe stays in the window`).toBe(true);
    await this.native.swipe(startX, startY, dx, dy);
  }

  press(key: Key): Promise<void> {
    return this.native.press(key);
  }

  type(text: string): Promise<void> {
    return this.native.type(text);
  }

  back(): Promise<void> {
    return this.native.back();
  }

  /** The path and query of the address: "/?person=karol-g". */
  address(): Promise<string> {
    return this.evaluate(() => location.pathname + location.search);
  }

  /** What has focus now. */
  async focused(): Promise<Focused> {
    return (await this.find('e2e.focused()')) as Focused;
  }

  /** Whether the page's app has hydrated the prerendered HTML (its heading belongs to React). */
  async waitForApp(): Promise<void> {
    await expect
      .poll(
        () =>
          this.evaluate(() => {
            const heading = document.querySelector('h1');
            return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'));
          }),
        { timeout: 10_000, message: `${this.engine}: the app hydrates the page` },
      )
      .toBe(true);
  }

  /** Opens a path and waits for the app to be live. */
  async open(path: string): Promise<void> {
    await this.goto(path);
    await this.waitForApp();
  }

  /** Every problem the page recorded since the last look (errors, warnings, CSP violations). */
  async problems(): Promise<string[]> {
    const found = await this.evaluate(() => ((window as unknown as { __e2eProblems?: string[] }).__e2eProblems ?? []).splice(0));
    return [...this.earlier.splice(0), ...found];
  }

  screenshot(path: string): Promise<void> {
    return this.native.screenshot(path);
  }

  close(): Promise<void> {
    return this.native.close();
  }
}
