import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { catalog, wordChunks } from './content/catalog';
import { CatalogLoadError, loadCatalog, loadChunk } from './content/load-catalog';
import { askForChunksWith } from './content/words';
import { isSearching } from './domain/filters';
import { parseFilters } from './domain/query';
import './index.css';

// A reload keeps history state: drop a dialog's, so a reloaded moment is its own full page,
// exactly as prerendered, rather than a dialog over a wall that isn't there.
if (window.history.state?.usr) window.history.replaceState({ ...window.history.state, usr: null }, '');

const container = document.getElementById('root')!;

// Hydrate the page that was prerendered for this very path, whatever its query (a filtered
// wall, a shared link's ?utm_source=…): the app first renders the prerendered address, then this
// one (routes/use-first-paint-location.ts). Anything else (the 404 page served for an unknown
// address, the dev server) renders afresh. The page is already on screen, so hydration runs as
// a transition, in slices that never block input; and only once the page is wholly parsed, as
// the wall's inline script has then written the address into it.
function start() {
  const prerendered = container.dataset.prerendered;
  const path = window.location.pathname.replace(/\/?$/, '/');
  if (prerendered !== undefined && new URL(prerendered, window.location.origin).pathname === path) {
    const app = (
      <BrowserRouter useTransitions={false}>
        <App hydrateAt={prerendered} />
      </BrowserRouter>
    );
    startTransition(() => void hydrateRoot(container, app));
  } else {
    createRoot(container).render(
      <BrowserRouter useTransitions={false}>
        <App />
      </BrowserRouter>,
    );
  }
}

/**
 * Without the moments' data the app cannot run; the prerendered page stays as it is (its links,
 * and the wall's filters, work without the app) and says so above it, rather than going blank.
 */
function cannotStart(error: unknown) {
  const reason = error instanceof CatalogLoadError ? error.message : 'the app could not start';
  const notice = document.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.className = 'mx-auto max-w-7xl px-4 pt-4 text-sm text-gold-300 sm:px-6 lg:px-8';
  notice.textContent = `This page works without its app for now: ${reason}. Every link still opens; reload to try again.`;
  container.before(notice);
}

/**
 * The chunks of words the first render needs, nearest first: those of every moment the
 * prerendered page shows (its cards, its moment), which the prerender names in the root's
 * `data-chunks` for the loader, so that hydration finds the same words. A search (`?q=`) does not
 * wait for the others: it answers from the captions here, "so far", and grows as they come.
 */
function chunksBeforeHydration(): number[] {
  const named = (container.dataset.chunks ?? '').split(' ').filter(Boolean);
  return named.map((url) => wordChunks.indexOf(url)).filter((index) => index >= 0);
}

// The head is fetched at once (the page's loader requested it beside this script), then the
// words the first render shows; the page is hydrated once they and the page are there, and the
// other chunks of words follow, nearest first, while it runs.
const parsed = new Promise<void>((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  else resolve();
});
/** A chunk the first render needs, tried again after 1, 2 and 4 s before the page gives up on the app. */
async function loadChunkPatiently(chunk: number): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await loadChunk(chunk);
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
    }
  }
}

Promise.all([loadCatalog(), parsed])
  .then(async () => {
    const first = chunksBeforeHydration();
    // A shared search's answer is in every caption: the rest are asked for at once, six at a time
    // (a browser's connections to one host over HTTP/1.1), not once the first render is on screen.
    const searching = isSearching(parseFilters(window.location.search, catalog).filters);
    const rest = () => void import('./content/load-every-chunk').then(({ loadEveryChunk }) => loadEveryChunk(first, searching ? 6 : 2));
    if (searching) rest();
    await Promise.all(first.map(loadChunkPatiently));
    askForChunksWith(loadChunk, searching ? () => {} : rest);
    start();
  })
  .catch(cannotStart);
