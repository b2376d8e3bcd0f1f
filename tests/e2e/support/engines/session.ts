// Runs a test file's journeys in every engine the table lets them run in: one describe block per
// engine, one browser per engine for the whole file (launched at its first journey), a fresh tab
// per journey. A journey the table keeps out of an engine shows as skipped with the table's reason.
// Every problem a page records (uncaught error, rejection, console error or warning, CSP
// violation) fails the journey that caused it.
import { afterAll, afterEach, describe, inject, test } from 'vitest';
import { JOURNEYS, type Journey } from '../../engines/table';
import { launchChromium } from './chromium';
import { ENGINE_NAMES, Tab, type Engine, type EngineName, type EngineOptions, type TabOptions } from './driver';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

const LAUNCH: Record<EngineName, (options: EngineOptions) => Promise<Engine>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };

/** The engines to run, from ENGINES=webkit or ENGINES=firefox,webkit; all three unless set. */
export function chosenEngines(): EngineName[] {
  const asked = process.env.ENGINES?.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (!asked || asked.length === 0) return [...ENGINE_NAMES];
  const unknown = asked.filter((name) => !ENGINE_NAMES.includes(name as EngineName));
  if (unknown.length > 0) throw new Error(`ENGINES names ${unknown.join(', ')}: the engines are ${ENGINE_NAMES.join(', ')}`);
  return ENGINE_NAMES.filter((name) => asked.includes(name));
}

export type JourneyBody = (tab: Tab) => Promise<void>;
/** The tab's size: the same in every engine, or chosen per engine (WebKit's window is never under 447 px). */
export type JourneyOptions = TabOptions | ((engine: EngineName) => TabOptions);
export type Run = (journey: Journey, body: JourneyBody, options?: JourneyOptions) => void;

/** `options` hold for every journey of the file: each engine is launched with them. */
export function forEachEngine(define: (run: Run) => void, options: EngineOptions = {}): void {
  for (const name of chosenEngines()) {
    describe(name, () => {
      let engine: Promise<Engine> | undefined;
      let open: Tab[] = [];

      afterEach(async () => {
        const tabs = open;
        open = [];
        const problems: string[] = [];
        for (const tab of tabs) {
          problems.push(...(await tab.problems().catch((error: Error) => [`could not read the page's problems: ${error.message}`])));
          await tab.close();
        }
        if (problems.length > 0) throw new Error(`${name}: the page reported ${problems.length} problem(s):\n${problems.join('\n')}`);
      });

      afterAll(async () => {
        const launched = engine;
        engine = undefined;
        if (launched) await (await launched).close();
      });

      define((journey, body, tabOptions = {}) => {
        const why = (JOURNEYS[journey] as Partial<Record<EngineName, string>>)[name];
        if (why !== undefined) {
          test.skip(`${journey} — not in ${name}: ${why}`, () => {});
          return;
        }
        // A journey is many steps, each a round trip to the browser: WebKit's take 25 s on a busy machine, and its
        // widths journey (16 window sizes) took 150 s at load 20 with four engine files at once. A guard
        // against a hang, not a speed goal.
        test(journey, { timeout: 180_000 }, async () => {
          engine ??= LAUNCH[name](options);
          const launched = await engine;
          const chosen = typeof tabOptions === 'function' ? tabOptions(name) : tabOptions;
          const size = { width: chosen.width ?? 1280, height: chosen.height ?? 800 };
          const tab = new Tab(name, await launched.newTab(size), inject('baseURL'), size);
          open.push(tab);
          await body(tab);
        });
      });
    });
  }
}
