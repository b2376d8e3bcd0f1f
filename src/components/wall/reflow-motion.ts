import type * as Reflow from './wall-reflow';

/**
 * The wall's motion when its cards change (wall-reflow.ts), once it has come with the layout
 * animations, which the app loads when the browser is first idle (src/routes/root.tsx,
 * src/motion-features.ts): off the app's first script. A change before then simply jumps, as
 * the layout animations do.
 */
export let reflowMotion: typeof Reflow | undefined;

export function setReflowMotion(module: typeof Reflow): void {
  reflowMotion = module;
}
