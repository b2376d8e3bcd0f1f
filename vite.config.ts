/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { catalogPlugin } from './scripts/build/catalog-plugin.ts';
import { staticHost } from './scripts/serve/static-host.ts';

/** What every browser test project shares: the servers of the global setup, patient waits. */
const browserTests = {
  environment: 'node' as const,
  globalSetup: ['tests/e2e/support/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // expect.poll waits up to 1 s by default: too tight for a busy 2-core machine.
  expect: { poll: { timeout: 5_000, interval: 50 } },
};
/** The browser tests that run beside the rest (the e2e-parallel project). */
const BESIDE = ['tests/e2e/engines/**/*.test.ts', 'tests/e2e/site/**/*.test.ts'];

export default defineConfig(({ isPreview }) => ({
  plugins: [catalogPlugin(), react(), tailwindcss(), staticHost()],
  // In development every address falls back to index.html; the production build has a page per address.
  appType: isPreview ? 'mpa' : 'spa',
  // DIST=folder builds (and previews) somewhere else than dist/, e.g. another catalogue beside the shipped one.
  // No modulepreload polyfill (some 350 B gzip of the app's first script): every browser the
  // wall supports has modulepreload (Safari since 17), and without it a preload only comes later.
  build: { target: 'es2022', outDir: process.env.DIST || 'dist', modulePreload: { polyfill: false } },
  test: {
    // Vitest's default on two cores is one worker, so every file ran after another. Two let a
    // browser test that waits on its driver share the machine with another test. Every project's
    // files run two at a time: no test depends on the machine being quiet (each passes with both
    // cores held busy), and what two files share is built once under a lock (support/built-once.ts).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          // A whole app rendered in jsdom takes seconds when every core is busy.
          testTimeout: 30_000,
        },
      },
      {
        // What `npm run build` wrote: prerendered pages, preview images, sitemap.
        extends: true,
        test: { name: 'build', environment: 'jsdom', include: ['tests/build/**/*.test.ts'] },
      },
      {
        // Real Chromium against the production build (dist/, served by `vite preview`): the
        // journeys whose timing is the point (the dialog, the glide, quick hands, the filters).
        extends: true,
        test: {
          ...browserTests,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...BESIDE],
        },
      },
      {
        // Browser tests that wait on round trips, not on frames: the engine journeys (Firefox,
        // WebKit) and the site's checks (HTTP, CSP, axe, hostile addresses). They run beside the
        // unit and build files, two files at a time on two cores: a browser waiting on its driver
        // leaves a core to a jsdom test (docs/decisions/006 has the figures).
        extends: true,
        test: { ...browserTests, name: 'e2e-parallel', include: BESIDE },
      },
    ],
  },
}));
