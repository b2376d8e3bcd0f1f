import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// Animations finish at once in jsdom, which has no layout to animate.
MotionGlobalConfig.skipAnimations = true;
MotionGlobalConfig.instantAnimations = true;

// What jsdom lacks (a file marked `// @vitest-environment node`, which reads files in Node, has no DOM to stub).
if (typeof window !== 'undefined') {
  // jsdom has no matchMedia; framer-motion asks it about prefers-reduced-motion.
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.scrollTo = () => {};

  // jsdom has <dialog> but none of its methods: here they only open and close it (no top layer,
  // no inert page behind; the browser suite checks those).
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}

// findBy…/waitFor wait for what a person would see, however long a busy machine takes to draw
// it (the default 1 s is not enough with every core busy).
configure({ asyncUtilTimeout: 10_000 });

// A console error or warning (a missing key, an act() warning from an animated list) fails the
// test that caused it.
let complaints: string[] = [];
beforeEach(() => {
  complaints = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      complaints.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  expect(complaints, 'the console was used for errors or warnings').toEqual([]);
});
