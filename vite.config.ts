/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { catalogPlugin } from './scripts/build/catalog-plugin.ts';
import { staticHost } from './scripts/serve/static-host.ts';

export default defineConfig(({ isPreview }) => ({
  plugins: [catalogPlugin(), react(), tailwindcss(), staticHost()],
  // In development every address falls back to index.html; the production build has a page per address.
  appType: isPreview ? 'mpa' : 'spa',
  // DIST_DIR: another catalogue's site beside the default one (npm run sample writes dist-sample/).
  build: { target: 'es2022', outDir: process.env.DIST_DIR || 'dist' },
  test: {
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
        // Real Chromium against the production build (dist/, served by `vite preview`).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // expect.poll waits up to 1 s by default: too tight for a busy 2-core machine.
          expect: { poll: { timeout: 5_000, interval: 50 } },
          // Two cores: one browser at a time keeps timings (animations, scroll) stable.
          fileParallelism: false,
        },
      },
    ],
  },
}));
