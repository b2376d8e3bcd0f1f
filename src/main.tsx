import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
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
      <BrowserRouter>
        <App hydrateAt={prerendered} />
      </BrowserRouter>
    );
    startTransition(() => void hydrateRoot(container, app));
  } else {
    createRoot(container).render(
      <BrowserRouter>
        <App />
      </BrowserRouter>,
    );
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
