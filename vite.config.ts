/// <reference types="vitest/config" />
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Makes `vite preview` behave like a static host: a folder's address without its slash is
 * redirected to it, and an address with no page gets our prerendered 404.html, with a 404.
 */
function notFoundPage(): Plugin {
  return {
    name: 'backstage:preview-404',
    configurePreviewServer(server) {
      const outDir = server.config.build.outDir;
      return () => {
        server.middlewares.use((req, res, next) => {
          // By now Vite has turned an address with a page into that page's .html path.
          const url = new URL(req.url ?? '/', 'http://preview');
          const wanted = join(outDir, decodeURIComponent(url.pathname));
          if (!url.pathname.endsWith('/') && existsSync(join(wanted, 'index.html'))) {
            // As static hosts do: /moments/x → /moments/x/, where its page is.
            res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
            return res.end();
          }
          const page = join(outDir, '404.html');
          if (req.method !== 'GET' || (existsSync(wanted) && statSync(wanted).isFile()) || !existsSync(page)) return next();
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(readFileSync(page));
        });
      };
    },
  };
}

export default defineConfig(({ isPreview }) => ({
  plugins: [react(), tailwindcss(), notFoundPage()],
  // In development every address falls back to index.html; the production build has a page per address.
  appType: isPreview ? 'mpa' : 'spa',
  build: { target: 'es2022' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
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
          globalSetup: ['tests/e2e/global-setup.ts'],
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
