import { matchPath } from 'react-router';
import { catalog, event, getMoment, momentPageTitle, momentText, planFor } from './content/catalog';
import type { Moment } from './content/types';
import { wordsOf } from './content/words';
import { wallPage } from './components/wall/windowing';
import { describeArtwork } from './domain/artwork';
import { filterMoments, hasFilters, isSearching, type Filters } from './domain/filters';
import { pageRange } from './domain/pages';
import { countMoments } from './domain/plural';
import { parseFilters } from './domain/query';
import { DESCRIPTION_MAX, TITLE_MAX, truncateAtWord } from './domain/standalone-text';
import { paths } from './paths';

export const SITE_NAME = 'Backstage';
/** Every preview image: a JPEG (read by every unfurler), scripts/build/og/preview-images.tsx draws them. */
export const OG_IMAGE = { width: 1200, height: 630, type: 'image/jpeg' } as const;
/** The language of every page, as link previews name it (`<html lang="en">`). */
export const OG_LOCALE = 'en_US';

/** What a page says about itself to browsers, crawlers and link previews. */
export interface PageHead {
  title: string;
  description: string;
  /** The canonical address's path, or undefined for pages that should not be indexed. */
  canonicalPath?: string;
  image: { path: string; alt: string };
  type: 'website' | 'article';
  status: 200 | 404;
}

/** How many moments the wall has (read at call time: the browser sets the catalogue after this module runs). */
const momentTotal = () => catalog.moments.length;

/** What the wall's preview image shows (scripts/build/og/preview-images.tsx draws it). */
const wallImage = () => ({
  path: '/og/wall.jpg',
  alt: `The word Backstage and “${countMoments(momentTotal())} behind the scenes of the ${event.shortName}”, beside a tilted mosaic of numbered abstract artworks`,
});

/** The wall's description, naming the event by the longest of its names that keeps it to 160 characters. */
function wallDescription(): string {
  const total = momentTotal();
  const say = (name: string) =>
    `An interactive wall of the ${total} backstage ${total === 1 ? 'moment' : 'moments'} of the ${name}: filter by who is in them and by award, and share any moment.`;
  const fitting = [event.name, event.shortName].map(say).find((text) => Array.from(text).length <= DESCRIPTION_MAX);
  return fitting ?? truncateAtWord(say(event.tag), DESCRIPTION_MAX);
}

/** What an address shows, as far as its head is concerned. */
type Shown =
  | { kind: 'wall'; filters: Filters }
  | { kind: 'page'; page: number }
  | { kind: 'moment'; moment: Moment }
  | { kind: 'missing' };

function shownAt(pathname: string, search: string): Shown {
  if (pathname === paths.wall.path) return { kind: 'wall', filters: parseFilters(search, catalog).filters };
  const page = wallPage(matchPath(paths.page.path, pathname)?.params.page, momentTotal());
  if (page !== undefined) return { kind: 'page', page };
  const slug = matchPath(paths.moment.path, pathname)?.params.slug;
  const moment = slug ? getMoment(slug) : undefined;
  return moment ? { kind: 'moment', moment } : { kind: 'missing' };
}

function titleOf(shown: Shown): string {
  switch (shown.kind) {
    case 'wall': {
      const { filters } = shown;
      if (!hasFilters(filters)) return truncateAtWord(`${SITE_NAME} · ${countMoments(momentTotal())} behind the scenes of the ${event.tag}`, TITLE_MAX);
      const names = [...catalog.people, ...catalog.awards]
        .filter(({ id }) => filters.people.includes(id) || filters.awards.includes(id))
        .map(({ name }) => name);
      if (isSearching(filters)) names.unshift(`“${filters.search}”`);
      return `${truncateAtWord(names.join(' + '), TITLE_MAX - 25)}: ${countMoments(filterMoments(catalog, filters).length)} · ${SITE_NAME}`;
    }
    case 'page': {
      const { from, to } = pageRange(shown.page, momentTotal());
      return truncateAtWord(`Moments ${from + 1} to ${to} of ${momentTotal()} · ${SITE_NAME}`, TITLE_MAX);
    }
    case 'moment':
      return momentPageTitle(shown.moment);
    case 'missing':
      return `Not found · ${SITE_NAME}`;
  }
}

/** The document's title at an address: all the browser needs of the head (the prerender writes the rest). */
export function titleFor(pathname: string, search = ''): string {
  return titleOf(shownAt(pathname, search));
}

/** The whole head of a prerendered page; its title is the one the browser keeps (titleFor). */
export function headFor(pathname: string, search = ''): PageHead {
  const shown = shownAt(pathname, search);
  const title = titleOf(shown);
  switch (shown.kind) {
    case 'wall':
      return { title, description: wallDescription(), canonicalPath: paths.wall.getHref(), image: wallImage(), type: 'website', status: 200 };
    case 'page':
      return { title, description: wallDescription(), canonicalPath: paths.page.getHref(shown.page), image: wallImage(), type: 'website', status: 200 };
    case 'moment': {
      const { moment } = shown;
      const text = momentText(moment);
      return {
        title,
        description: text.description,
        canonicalPath: paths.moment.getHref(moment.slug),
        // What the preview image shows: the real photo, or generated artwork (not the photo), beside these same words.
        image: {
          path: `/og/${moment.slug}.jpg`,
          alt: moment.photo?.image
            ? (wordsOf(moment)?.alt ?? `A photo of ${text.who}`)
            : `${describeArtwork(planFor(moment))}, beside the words “${text.who}, ${text.place}”, the caption and the original photo’s credit. Not the photo.`,
        },
        type: 'article',
        status: 200,
      };
    }
    case 'missing':
      return {
        title,
        description: truncateAtWord(`There is no page at this address. The wall of ${countMoments(momentTotal())} from the ${event.shortName} is one click away.`, DESCRIPTION_MAX),
        image: wallImage(),
        type: 'website',
        status: 404,
      };
  }
}
