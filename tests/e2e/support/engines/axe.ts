// axe-core in any engine: its browser build sent into the page, run there, violations back.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from './driver';

// axe-core comes with @axe-core/playwright (the Chromium suite's): the same version everywhere.
const axePath = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js');
let source: string | undefined;

/**
 * Only violations are wanted: axe then gathers no passes, incomplete or inapplicable results,
 * which on the wall's thousand-odd elements is most of its time. The same rules run.
 */
export const AXE_OPTIONS: { resultTypes: ['violations'] } = { resultTypes: ['violations'] };

/** Every axe violation on the page as it is, one line each with the elements it names. */
export async function axeViolations(tab: Tab): Promise<string[]> {
  source ??= readFileSync(axePath, 'utf8');
  const present = await tab.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!present) await tab.install(source);
  return tab.evaluate(async (options) => {
    type Result = { violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[] };
    const { axe } = window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<Result> } };
    const results = await axe.run(document, options);
    return results.violations.map((violation) => `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, AXE_OPTIONS);
}
