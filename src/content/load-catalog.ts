import { catalog, catalogUrl, hasCatalog, setCatalog, wordChunks } from './catalog';
import type { CatalogHead, MomentWords } from './types';
import { CHUNK_SIZE, firstOfChunk, hasChunk, setWords } from './words';

/** Why the catalogue's data could not be had, in words a reader can act on. */
export class CatalogLoadError extends Error {
  override name = 'CatalogLoadError';
}

/**
 * Where the page's after-paint loader (scripts/build/prerender.tsx) leaves its request for the
 * data, started beside the app's script's: a plain fetch rather than a preload, which would warn
 * in the console whenever the app's script never comes (a blocker, a failed download).
 */
export const PREFETCHED = '__backstageCatalog';

/**
 * Where the loader leaves its requests for the chunks of words the page shows (the prerender
 * names them in the root's `data-chunks`), by address.
 */
export const PREFETCHED_WORDS = '__backstageWords';

/** The loader's request for the data file when it made one (taken once), else a new one. */
export const prefetchedOrFetch: typeof fetch = (input, init) => {
  const holder = window as unknown as Record<string, Promise<Response> | undefined>;
  const started = holder[PREFETCHED];
  holder[PREFETCHED] = undefined;
  return started ?? fetch(input, init);
};

/** The loader's request for a chunk of words when it made one (taken once), else a new one. */
const prefetchedWordsOrFetch: typeof fetch = (input, init) => {
  const held = (window as unknown as Record<string, Record<string, Promise<Response> | undefined> | undefined>)[PREFETCHED_WORDS];
  const started = held?.[String(input)];
  if (held) held[String(input)] = undefined;
  return started ?? fetch(input, init);
};

const isList = (value: unknown) => Array.isArray(value);

/** Fetches one JSON file of the catalogue's; `what` names it in the error a reader sees. */
async function fetchJson(url: string, what: string, fetchFile: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFile(url);
  } catch {
    throw new CatalogLoadError(`${what} (${url}) could not be fetched: the connection failed`);
  }
  if (!response.ok) throw new CatalogLoadError(`${what} (${url}) could not be fetched: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new CatalogLoadError(`${what} (${url}) are not valid JSON`);
  }
}

/**
 * Fetches the catalogue's head (built and validated by scripts/build/catalog-plugin.ts; the page's
 * loader has usually requested it already: `prefetchedOrFetch`) and sets it, once. Where the module already holds it (the dev
 * server, the tests) nothing is fetched. A missing or malformed file rejects with a CatalogLoadError.
 */
export async function loadCatalog(fetchFile: typeof fetch = prefetchedOrFetch): Promise<void> {
  if (hasCatalog()) return;
  const file = (await fetchJson(catalogUrl, 'the moments', fetchFile)) as Partial<CatalogHead> | null;
  // Checked in full at build; here only that it is a catalogue's head at all (a proxy's error page, a cut file).
  if (!file || typeof file.event !== 'object' || !isList(file.people) || !isList(file.awards) || !isList(file.moments) || !isList(file.chunks)) {
    throw new CatalogLoadError(`the moments (${catalogUrl}) are not a catalogue`);
  }
  setCatalog(file as CatalogHead);
}

/** The chunks asked for, by their index: each is fetched once (a failed one is forgotten, to be asked again). */
const asked = new Map<number, Promise<void>>();

/**
 * Fetches one chunk of the moments' words (the head names its file) and keeps them (words.ts).
 * One request a chunk however often it is asked; a failed one rejects with a CatalogLoadError
 * and is asked afresh next time.
 */
export function loadChunk(index: number, fetchFile: typeof fetch = prefetchedWordsOrFetch): Promise<void> {
  const first = firstOfChunk(index);
  const url = wordChunks[index];
  // Nothing to fetch where the module holds every word, or for a chunk the catalogue has not.
  if (url === undefined || hasChunk(index)) return Promise.resolve();
  let request = asked.get(index);
  if (!request) {
    const expected = Math.min(CHUNK_SIZE, catalog.moments.length - (first - 1));
    request = fetchJson(url, 'the captions', fetchFile).then((data) => {
      const list = data as MomentWords[] | null;
      if (!isList(list) || list.length !== expected || !list.every((entry) => typeof entry?.caption === 'string' && typeof entry.alt === 'string')) {
        throw new CatalogLoadError(`the captions (${url}) are not the captions of moments ${first} to ${first + expected - 1}`);
      }
      setWords(first, list);
    });
    request.catch(() => asked.delete(index));
    asked.set(index, request);
  }
  return request;
}
