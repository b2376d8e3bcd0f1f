/**
 * Serves the catalogue file to the app as the module `virtual:catalog`, validated at build (and
 * in the dev server and tests): `CATALOG=path/to/catalog.json npm run build` builds any catalogue;
 * the default is the shipped one. A wrong file stops the build with exit code 1 and a message
 * naming each moment, slug and field, before anything is written. The browser gets plain data.
 *
 * The browser bundle holds no moment: `vite build` writes the catalogue's data as the
 * content-hashed file `assets/catalog-<hash>.json` and the module gives the app only its address
 * (`url`), which src/content/load-catalog.ts fetches before the first render. The prerender, the
 * dev server and the tests get the data itself from the module, synchronously
 * (docs/decisions/003-content-as-data.md).
 *
 * The catalogue's photos are read and encoded here too (scripts/build/photos/): the moments get
 * `photo.image`, `virtual:photos.css` holds their placeholders, the build copies the encoded
 * files to dist/photos/ and the dev server serves them from the cache.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError, validateCatalog } from '../../src/content/validate.ts';
import type { Catalog, CatalogHead } from '../../src/content/types.ts';
import { CHUNK_SIZE, lengthsOf, wordsOfEntry } from '../../src/content/words.ts';
import { photoRules } from './photos/css.ts';
import { attachPhotos, type CatalogPhotos } from './photos/pipeline.ts';

export const DEFAULT_CATALOG = 'content/vmas-2023.json';
const ID = 'virtual:catalog';
const RESOLVED = `\0${ID}`;
const CSS_ID = 'virtual:photos.css';
const CSS_RESOLVED = `\0${CSS_ID}`;

/** "line 3, column 5" for a character offset, since JSON.parse only gives the offset on Node 20. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** The catalogue's name in messages: relative to the project when it is inside it. */
function shownName(file: string): string {
  const inside = relative(process.cwd(), file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

/** Reads and validates a catalogue file; throws a ContentError with a clear message when it is wrong. */
export function loadCatalog(file: string): Catalog {
  const name = shownName(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([`cannot read the file (set CATALOG to a catalogue's path; the default is ${DEFAULT_CATALOG})`], name);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec(String(error))?.[1];
    const where = offset === undefined ? '' : ` at ${lineAndColumn(text, Number(offset))}`;
    throw new ContentError([`is not valid JSON${where}: ${(error as Error).message.replace(/ in JSON at position.*/, '')}`], name);
  }
  return validateCatalog(data, name);
}

/** Reads, validates and encodes the photos of a catalogue file; throws a ContentError when it is wrong. */
export async function loadCatalogWithPhotos(file: string): Promise<CatalogPhotos> {
  return attachPhotos(loadCatalog(file), file, shownName(file));
}

/** A data file in dist/, named by its content: `assets/<name>-<hash>.json`. */
const dataFileName = (name: string, json: string) => `assets/${name}-${createHash('sha256').update(json).digest('base64url').slice(0, 10)}.json`;

interface DataFile {
  fileName: string;
  json: string;
}

/**
 * What the browser fetches of a catalogue: its head, `assets/catalog-<hash>.json` (the event,
 * people, awards and every moment without its words, and the address of each chunk of words),
 * and the words in chunks of CHUNK_SIZE moments, `assets/words-<first moment>-<hash>.json`.
 */
export function catalogFiles(catalog: Catalog, base = '/'): { head: DataFile; chunks: DataFile[] } {
  const chunks: DataFile[] = [];
  for (let first = 0; first < catalog.moments.length; first += CHUNK_SIZE) {
    const json = JSON.stringify(catalog.moments.slice(first, first + CHUNK_SIZE).map(wordsOfEntry));
    chunks.push({ fileName: dataFileName(`words-${first + 1}`, json), json });
  }
  const moments = catalog.moments.map(({ caption, alt, altNote: _n, credit, ...moment }) => ({ ...moment, lengths: lengthsOf({ caption, alt, credit }) }));
  const head: CatalogHead = { ...catalog, moments, chunks: chunks.map((chunk) => `${base}${chunk.fileName}`) };
  const json = JSON.stringify(head);
  return { head: { fileName: dataFileName('catalog', json), json }, chunks };
}

const TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg' };

export function catalogPlugin(): Plugin {
  const file = resolve(process.env.CATALOG || DEFAULT_CATALOG);
  let isBuild = false;
  let isSsr = false;
  let outDir = 'dist';
  let base = '/';
  let loaded: Promise<CatalogPhotos> | undefined;
  const load = () =>
    (loaded ??= loadCatalogWithPhotos(file).then((result) => {
      for (const warning of result.warnings) console.warn(`warning: ${warning}`);
      return result;
    }));
  return {
    name: 'backstage:catalog',
    configResolved(config) {
      isBuild = config.command === 'build';
      isSsr = Boolean(config.build.ssr);
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    async buildStart() {
      // The dev server and the tests read the file when the app first imports it (a wrong one shows in the overlay).
      if (!isBuild) return;
      try {
        const { files, work } = await load();
        if (files.size > 0 && !isSsr) console.log(`photos: ${files.size} files, ${work.encoded} photo(s) encoded, the rest from the cache`);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        // A wrong catalogue is the editor's to fix: the message, no stack trace.
        console.error(`\n${error.message}\n`);
        process.exit(1);
      }
    },
    resolveId: (id) => (id === ID ? RESOLVED : id === CSS_ID ? CSS_RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED && id !== CSS_RESOLVED) return undefined;
      this.addWatchFile(file);
      let result: CatalogPhotos;
      try {
        result = await load();
      } catch (error) {
        loaded = undefined;
        // The editor's to fix: shown in the dev server's overlay and terminal without a stack trace.
        if (error instanceof ContentError) error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
      if (id === CSS_RESOLVED) return photoRules(result.placeholders);
      const url = JSON.stringify(`${base}${catalogFiles(result.catalog, base).head.fileName}`);
      // The browser bundle: the head's address only (generateBundle writes the files). Elsewhere: the whole file's data too.
      if (isBuild && !isSsr) return `export const url = ${url};\nexport default undefined;`;
      return `export const url = ${url};\nexport default JSON.parse(${JSON.stringify(JSON.stringify(result.catalog))});`;
    },
    async generateBundle() {
      if (!isBuild || isSsr) return;
      const { head, chunks } = catalogFiles((await load()).catalog, base);
      for (const file of [head, ...chunks]) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.json });
    },
    async writeBundle() {
      // The prerender bundle (--ssr) needs the data, not the files.
      if (isSsr || !loaded) return;
      const { files } = await loaded;
      // Hard links where the cache and dist/ share a disk: a thousand photos are some 45,000
      // files and 3 GB, which a copy would write again on every build. Safe, because the cache
      // never changes a file in place (encode.ts writes each one whole, then renames it).
      let link = true;
      for (const [address, cached] of files) {
        const target = join(outDir, address);
        mkdirSync(dirname(target), { recursive: true });
        rmSync(target, { force: true });
        if (link) {
          try {
            linkSync(cached, target);
            continue;
          } catch {
            link = false;
          }
        }
        copyFileSync(cached, target);
      }
    },
    configureServer(server) {
      server.middlewares.use('/photos/', (request, response, next) => {
        void load().then(({ files }) => {
          const cached = files.get(`/photos${(request.url ?? '').split('?')[0]}`);
          if (!cached) return next();
          response.setHeader('Content-Type', TYPES[cached.split('.').pop()!] ?? 'application/octet-stream');
          createReadStream(cached).pipe(response);
        }, next);
      });
    },
    handleHotUpdate({ file: changed, server }) {
      if (resolve(changed) !== file) return;
      loaded = undefined;
      for (const id of [RESOLVED, CSS_RESOLVED]) {
        const module = server.moduleGraph.getModuleById(id);
        if (module) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
