import { serializeFilters } from './domain/query';
import type { Filters } from './domain/filters';
import { noFilters } from './domain/filters';

/**
 * Every address of the app. Moment addresses end in a slash so that any static host serves
 * their prerendered `moments/<slug>/index.html` without a redirect or a rewrite rule.
 */
export const paths = {
  wall: {
    path: '/',
    getHref: (filters: Filters = noFilters) => `/${serializeFilters(filters)}`,
  },
  moment: {
    path: '/moments/:slug',
    getHref: (slug: string) => `/moments/${slug}/`,
  },
  /** A windowed wall's pages from the second on (src/domain/pages.ts); page 1 is the wall. */
  page: {
    path: '/page/:page',
    getHref: (page: number) => (page <= 1 ? '/' : `/page/${page}/`),
  },
  person: {
    getHref: (id: string) => paths.wall.getHref({ people: [id], awards: [] }),
  },
  award: {
    getHref: (id: string) => paths.wall.getHref({ people: [], awards: [id] }),
  },
} as const;

/**
 * The folder address of a page asked for by its file (`/moments/nsync-reunited/index.html` →
 * `/moments/nsync-reunited/`, `/index.html` → `/`): a static host serves both, and the app
 * shows both as the folder. Any other pathname is returned as it is.
 */
export function folderPathname(pathname: string): string {
  return pathname.replace(/\/index\.html$/i, '/');
}
