/**
 * Writes a real HTML page for every address (the wall, each moment, the not-found page), rendered
 * by React from the same routes the browser uses, plus sitemap.xml, robots.txt and the link
 * preview images (JPEG, cached, painted in workers: og-image.tsx). Runs after `vite build`, from the bundle `vite build --ssr` makes of this file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import { StaticRouter } from 'react-router';
import { App } from '../../src/app';
import { catalog, catalogUrl, getMoment } from '../../src/content/catalog';
import { PREFETCHED, PREFETCHED_WORDS } from '../../src/content/load-catalog';
import { chunkOf } from '../../src/content/words';
import { headFor, OG_IMAGE, OG_LOCALE, SITE_NAME, type PageHead } from '../../src/head';
import { wallPageCount } from '../../src/components/wall/windowing';
import { paths } from '../../src/paths';
import { paintJob, readFavicon, renderTouchIcon, writePreviewImages } from './og/preview-images';
import { isPainter, servePainter } from './og/pool';
import { precompress } from './precompress';
import { headersFile, inlineSources, redirectsFile, withCspMeta, type InlineSources } from './security';

/** Where `vite build` wrote the app (vite.config.ts): dist/, or DIST=folder. */
const DIST = process.env.DIST || 'dist';
/** Where the site is served from; every link preview needs absolute addresses. */
const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/$/, '');
const absolute = (path: string) => new URL(path, SITE_ORIGIN).href;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function headTags(head: PageHead): string {
  const meta = (key: 'name' | 'property', name: string, content: string | number) =>
    `<meta ${key}="${name}" content="${escapeHtml(String(content))}" />`;
  const url = head.canonicalPath && absolute(head.canonicalPath);
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    url ? `<link rel="canonical" href="${url}" />` : meta('name', 'robots', 'noindex'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:locale', OG_LOCALE),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    url && meta('property', 'og:url', url),
    meta('property', 'og:image', absolute(head.image.path)),
    meta('property', 'og:image:type', OG_IMAGE.type),
    meta('property', 'og:image:width', OG_IMAGE.width),
    meta('property', 'og:image:height', OG_IMAGE.height),
    meta('property', 'og:image:alt', head.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', absolute(head.image.path)),
    meta('name', 'twitter:image:alt', head.image.alt),
  ]
    .filter(Boolean)
    .join('\n    ');
}

/**
 * The wall's inline script (src/prepaint/), bundled on its own: it applies a filtered address to
 * the prerendered wall before the first paint. Deterministic text, so a CSP can hash it.
 */
async function prepaintScript(): Promise<string> {
  const entry = ({ id, name }: { id: string; name: string }) => ({ id, name });
  const ids = { people: catalog.people.map(entry), awards: catalog.awards.map(entry) };
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { __KNOWN_IDS__: JSON.stringify(ids) },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: 'src/prepaint/entry.ts', formats: ['iife'], name: 'prepaint' },
    },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output && 'output' in output ? output.output[0] : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('the prepaint script did not build');
  const code = chunk.code.trim();
  if (/<\/script/i.test(code)) throw new Error('the prepaint script contains "</script"');
  return `<script>${code}</script>`;
}

/**
 * The chunks of words a prerendered page shows (its cards' and its moment's, by their slugs),
 * which its loader requests beside the app's script: the app hydrates once it has them.
 */
function chunksShown(body: string, chunks: readonly string[]): string[] {
  const slugs = [...body.matchAll(/\bdata-(?:slug|words)="([^"]+)"/g)].map((match) => match[1]!);
  const indexes = new Set(slugs.flatMap((slug) => getMoment(slug) ?? []).map(chunkOf));
  return [...indexes].map((index) => chunks[index]!);
}

function renderPage(template: string, path: string, chunks: readonly string[], headExtra = ''): string {
  const body = renderToString(
    <StaticRouter location={path}>
      <App />
    </StaticRouter>,
  );
  const shown = chunksShown(body, chunks);
  const data = shown.length > 0 ? ` data-chunks="${shown.join(' ')}"` : '';
  return template
    .replace('<!--app-head-->', () => headTags(headFor(new URL(path, SITE_ORIGIN).pathname)) + headExtra)
    .replace('<div id="root"><!--app-html--></div>', `<div id="root" data-prerendered="${path}"${data}>${body}</div>`);
}

/** Seconds since `start` (a performance.now()), to a tenth. */
const since = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

function write(file: string, content: string | Buffer) {
  const target = join(DIST, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/**
 * A prerendered page paints on its own, so nothing it loads should stand in the way of that
 * first paint: the stylesheet is inlined (no render-blocking request) and the app's script is
 * requested only once the page has painted, then hydrates what is already on screen. The
 * moments' data (assets/catalog-<hash>.json, never in the bundle) is requested beside it, so the
 * two download side by side; the app takes that request up (src/content/load-catalog.ts).
 */
function paintFirst(template: string): string {
  const stylesheet = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/.exec(template);
  const script = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(template);
  if (!stylesheet || !script) throw new Error('dist/index.html lost its stylesheet or script tag');
  const css = readFileSync(join(DIST, stylesheet[1]!), 'utf8');
  if (!existsSync(join(DIST, catalogUrl))) throw new Error(`${join(DIST, catalogUrl)} is missing: the client build writes the catalogue's data there`);
  // After the first contentful paint (or 1.5 s, for browsers without paint timing).
  // The same script on every page (its CSP hash is one): the chunks of words it asks for are the page's root's data-chunks.
  const loader = `<script>(()=>{let done=false;const load=()=>{if(done)return;done=true;const d=window[${JSON.stringify(PREFETCHED)}]=fetch(${JSON.stringify(catalogUrl)});d.catch(()=>{});const w=window[${JSON.stringify(PREFETCHED_WORDS)}]={};for(const u of(document.getElementById('root')?.dataset.chunks||'').split(' ').filter(Boolean)){const r=w[u]=fetch(u);r.catch(()=>{})}const s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(script[1])};document.head.append(s)};try{new PerformanceObserver((list,observer)=>{if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();setTimeout(load)}}).observe({type:'paint',buffered:true})}catch{}setTimeout(load,1500)})()</script>`;
  return template
    .replace(stylesheet[0], () => `<style>${css}</style>`)
    .replace(script[0], '')
    .replace('</body>', () => `  ${loader}\n  </body>`);
}

async function main() {
  const built = readFileSync(join(DIST, 'index.html'), 'utf8');
  if (!built.includes('<!--app-html-->')) throw new Error(`${join(DIST, 'index.html')} has no <!--app-html--> slot: run vite build first`);
  const template = paintFirst(built);
  // Where the client build wrote each chunk of the moments' words (the head it wrote names them).
  const { chunks } = JSON.parse(readFileSync(join(DIST, catalogUrl), 'utf8')) as { chunks: string[] };

  // Every address is a folder with its own index.html; the not-found page is 404.html.
  const notFound = { path: '/404/', file: '404.html' };
  // A windowed wall's page lists its first cards; its pages (/page/2/ on) list the rest.
  const total = catalog.moments.length;
  const wallPages = Array.from({ length: wallPageCount(total) - 1 }, (_, index) => paths.page.getHref(index + 2));
  const pages = [paths.wall.getHref(), ...wallPages, ...catalog.moments.map((moment) => paths.moment.getHref(moment.slug))]
    .map((path) => ({ path, file: `${path.slice(1)}index.html` }))
    .concat(notFound);
  const prepaint = await prepaintScript();
  const wall = paths.wall.getHref();
  // Each page carries its own CSP; the headers (nginx, _headers) allow what any page inlines.
  const inlined: InlineSources = { scripts: [], styles: [] };
  const rendering = performance.now();
  for (const page of pages) {
    const html = withCspMeta(renderPage(template, page.path, chunks, page.path === wall ? `\n    ${prepaint}` : ''));
    const sources = inlineSources(html);
    inlined.scripts.push(...sources.scripts);
    inlined.styles.push(...sources.styles);
    write(page.file, html);
  }
  const rendered = since(rendering);
  write('_headers', headersFile(inlined));
  write('_redirects', redirectsFile(pages.filter((page) => page.path !== wall && page !== notFound).map((page) => page.path)));

  const listed = pages.filter((page) => page !== notFound);
  write(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${listed
      .map((page) => `  <url><loc>${absolute(page.path)}</loc></url>`)
      .join('\n')}\n</urlset>\n`,
  );
  write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml')}\n`);

  write('apple-touch-icon.png', renderTouchIcon(readFavicon()));
  // Every text file is written by now: it is compressed in worker threads while this one draws
  // the preview images (JPEGs, not compressed again) or works out that they are all cached.
  const compressing = performance.now();
  const compression = precompress(DIST).then((count) => ({ count, seconds: since(compressing) }));
  const started = performance.now();
  // PREVIEW_IMAGES=off: a build for tests or measures that look at no link preview (a large
  // catalogue's e2e build) paints none; its pages still name the images a real build writes.
  const images = process.env.PREVIEW_IMAGES === 'off' ? { images: 0, painted: [] } : await writePreviewImages(DIST, new URL(import.meta.url));
  const seconds = since(started);
  const compressed = await compression;
  console.log(
    `prerendered ${pages.length} pages (in ${rendered} s) and ${images.images} preview images (${images.painted.length} painted${images.painted.length > 0 && images.painted.length <= 3 ? ` (${images.painted.join(', ')})` : ''}, the rest from the cache, in ${seconds} s) for ${SITE_ORIGIN}; ${compressed.count} files precompressed (.gz, in ${compressed.seconds} s, beside the images)`,
  );
}

// This bundle is also the preview images' worker (scripts/build/og/pool.ts).
if (isPainter) servePainter(paintJob);
else
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
