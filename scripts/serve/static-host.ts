/**
 * `vite preview` as a static host serves dist/: sirv's own resolution (production mode: it
 * lists dist/ once and answers only paths in that list, so nothing outside dist/ is reachable or
 * observable), plus what static hosts add. A page's folder without its slash is redirected to
 * it (the Location is the page's own path from that list, never built from the request); an
 * address with no file gets 404.html with a 404; a malformed percent-encoding gets a 400; every
 * answer carries the headers of dist/_headers. Only GET and HEAD; the list is made again after a
 * rebuild. Used by vite.config.ts, so it works from any working directory.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import type { Plugin } from 'vite';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const HOST_FILES = new Set(['/_headers', '/_redirects']);

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

interface Site {
  stamp: number;
  serve: Handler;
  /** Every folder with an index.html, as its address: '/', '/moments/x/'. */
  folders: Set<string>;
  notFound: Buffer | undefined;
  security: Record<string, string>;
}

function load(dist: string, stamp: number): Site {
  const folders = new Set(
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split('\\').join('/'))
      .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`),
  );
  const read = (file: string) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file)) : undefined);
  const rules = parseHeadersFile(read('_headers')?.toString('utf8') ?? '');
  // The security headers (rule /*) go on every answer; the others (caching) on files found.
  const everywhere = rules.filter((rule) => rule.path === '/*');
  const files = rules.filter((rule) => rule.path !== '/*');
  const setHeaders = (res: ServerResponse, pathname: string) => {
    for (const [name, value] of Object.entries(headersFor(files, pathname))) res.setHeader(name, value);
  };
  return {
    stamp,
    serve: sirv(dist, { dev: false, etag: true, extensions: ['html'], gzip: true, setHeaders }) as Handler,
    folders,
    notFound: read('404.html'),
    security: headersFor(everywhere, '/'),
  };
}

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(`${text}\n`);
}

export function staticHost(): Plugin {
  return {
    name: 'backstage:static-host',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      let site: Site | undefined;
      const current = () => {
        const index = join(dist, 'index.html');
        const stamp = existsSync(index) ? statSync(index).mtimeMs : 0;
        if (site?.stamp === stamp) return site;
        try {
          site = load(dist, stamp);
        } catch {
          // dist/ is missing or half-written (a build is running): nothing to serve yet.
          site = { stamp: -1, serve: (_req, _res, next) => next(), folders: new Set(), notFound: undefined, security: {} };
        }
        return site;
      };

      // Before Vite's own middlewares: every GET or HEAD is answered here.
      server.middlewares.use((req, res) => {
        const { serve, folders, notFound, security } = current();
        const raw = req.url ?? '/';
        const cut = raw.indexOf('?');
        const pathname = cut === -1 ? raw : raw.slice(0, cut);
        const search = cut === -1 ? '' : raw.slice(cut);
        let decoded: string;
        try {
          decoded = decodeURI(pathname);
        } catch {
          decoded = '';
        }
        for (const [name, value] of Object.entries(security)) res.setHeader(name, value);

        if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
        if (!decoded.startsWith('/')) return plain(res, 400, 'Bad Request: this address is not well-formed');
        const folder = `${decoded}/`;
        if (!decoded.endsWith('/') && folders.has(folder)) {
          // Only a plain query comes along; the path is the page's own.
          res.writeHead(301, { Location: /^\?[\x21-\x7e]*$/.test(search) ? `${folder}${search}` : folder });
          return res.end();
        }
        const missing = () => {
          if (!notFound) return plain(res, 404, 'Not Found');
          res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFound.length });
          res.end(req.method === 'HEAD' ? undefined : notFound);
        };
        // The files for Netlify and Cloudflare Pages are not part of the site.
        if (HOST_FILES.has(decoded)) return missing();
        serve(req, res, missing);
      });
    },
  };
}
