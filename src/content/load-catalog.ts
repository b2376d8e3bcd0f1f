import { catalogUrl, hasCatalog, setCatalog } from './catalog';
import type { Catalog } from './types';

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

/** The loader's request for the data file when it made one (taken once), else a new one. */
export const prefetchedOrFetch: typeof fetch = (input, init) => {
  const holder = window as unknown as Record<string, Promise<Response> | undefined>;
  const started = holder[PREFETCHED];
  holder[PREFETCHED] = undefined;
  return started ?? fetch(input, init);
};

const isList = (value: unknown) => Array.isArray(value);

/**
 * Fetches the catalogue's data (built and validated by scripts/build/catalog-plugin.ts; the page's
 * loader has usually requested it already: `prefetchedOrFetch`) and sets it, once. Where the module already holds it (the dev
 * server, the tests) nothing is fetched. A missing or malformed file rejects with a CatalogLoadError.
 */
export async function loadCatalog(fetchFile: typeof fetch = prefetchedOrFetch): Promise<void> {
  if (hasCatalog()) return;
  let response: Response;
  try {
    response = await fetchFile(catalogUrl);
  } catch {
    throw new CatalogLoadError(`the moments (${catalogUrl}) could not be fetched: the connection failed`);
  }
  if (!response.ok) throw new CatalogLoadError(`the moments (${catalogUrl}) could not be fetched: HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new CatalogLoadError(`the moments (${catalogUrl}) are not valid JSON`);
  }
  const file = data as Partial<Catalog> | null;
  // Checked in full at build; here only that it is a catalogue at all (a proxy's error page, a cut file).
  if (!file || typeof file.event !== 'object' || !isList(file.people) || !isList(file.awards) || !isList(file.moments)) {
    throw new CatalogLoadError(`the moments (${catalogUrl}) are not a catalogue`);
  }
  setCatalog(file as Catalog);
}
