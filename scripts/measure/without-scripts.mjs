// The wall with its scripts removed: the limit a page of the same cards can reach. Every <script>
// (the prepaint inline script, the app's after-paint loader) and every module preload goes; the
// markup, the inlined stylesheet and its CSS animations stay. `npm run bench` and `npm run audit`
// measure it beside the wall, served by `vite preview` at WITHOUT_SCRIPTS_PATH.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../serve/headers-file.mjs';

/** Where the page is served; no address of the app looks like it. */
export const WITHOUT_SCRIPTS_PATH = '/__without-scripts/';

/**
 * `html` with every script element and every `<link rel="modulepreload">` removed.
 * @param {string} html
 * @returns {string}
 */
export function withoutScripts(html) {
  return html
    .replace(/[ \t]*<script\b[^>]*>[\s\S]*?<\/script\s*>[ \t]*\n?/gi, '')
    .replace(/[ \t]*<link\b[^>]*\brel=["']?modulepreload\b[^>]*>[ \t]*\n?/gi, '');
}

/**
 * A Vite plugin for `vite preview`: answers WITHOUT_SCRIPTS_PATH with `distDir`/index.html
 * without its scripts (read at each request, so a rebuild is seen), with the security headers
 * of `distDir`/_headers and gzip when asked for, as the static host serves the wall itself.
 * @param {string} distDir
 * @returns {import('vite').Plugin}
 */
export function withoutScriptsPage(distDir) {
  const dist = resolve(distDir);
  return {
    name: 'backstage:without-scripts',
    // Before the static host, which answers every other GET.
    enforce: 'pre',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== WITHOUT_SCRIPTS_PATH) return next();
        const rules = existsSync(join(dist, '_headers')) ? parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')) : [];
        for (const [name, value] of Object.entries(headersFor(rules, '/'))) res.setHeader(name, value);
        const html = Buffer.from(withoutScripts(readFileSync(join(dist, 'index.html'), 'utf8')));
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const body = gzip ? gzipSync(html) : html;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        if (gzip) res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', body.length);
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
  };
}
