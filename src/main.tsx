import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import './index.css';

// A reload keeps history state: drop a dialog's, so a reloaded moment is its own full page,
// exactly as prerendered, rather than a dialog over a wall that isn't there.
if (window.history.state?.usr) window.history.replaceState({ ...window.history.state, usr: null }, '');

const container = document.getElementById('root')!;
const app = (
  <BrowserRouter>
    <App />
  </BrowserRouter>
);

// Hydrate the page that was prerendered for this very address; anything else (a filtered wall,
// the 404 page served for an unknown address, the dev server) renders afresh. The page is
// already on screen, so hydration runs as a transition: in slices that never block input.
const here = window.location.pathname.replace(/\/?$/, '/') + window.location.search;
if (container.dataset.prerendered === here) startTransition(() => void hydrateRoot(container, app));
else createRoot(container).render(app);
