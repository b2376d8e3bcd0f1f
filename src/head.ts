import { matchPath } from 'react-router';
import { catalog, event, getMoment, momentPageTitle, momentText, planFor } from './content/catalog';
import { wallPage } from './components/wall/windowing';
import { describeArtwork } from './domain/artwork';
import { filterMoments, hasFilters, isSearching } from './domain/filters';
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

/** One function for the document title on the client and the whole head in the prerendered pages. */
export function headFor(pathname: string, search = ''): PageHead {
  if (pathname === paths.wall.path) {
    const { filters } = parseFilters(search, catalog);
    const names = [...catalog.people, ...catalog.awards]
      .filter(({ id }) => filters.people.includes(id) || filters.awards.includes(id))
      .map(({ name }) => name);
    if (isSearching(filters)) names.unshift(`“${filters.search}”`);
    const count = filterMoments(catalog, filters).length;
    return {
      title: hasFilters(filters)
        ? `${truncateAtWord(names.join(' + '), TITLE_MAX - 25)}: ${countMoments(count)} · ${SITE_NAME}`
        : truncateAtWord(`${SITE_NAME} · ${countMoments(momentTotal())} behind the scenes of the ${event.tag}`, TITLE_MAX),
      description: wallDescription(),
      canonicalPath: paths.wall.getHref(),
      image: wallImage(),
      type: 'website',
      status: 200,
    };
  }

  const page = wallPage(matchPath(paths.page.path, pathname)?.params.page, momentTotal());
  if (page !== undefined) {
    const { from, to } = pageRange(page, momentTotal());
    return {
      title: truncateAtWord(`Moments ${from + 1} to ${to} of ${momentTotal()} · ${SITE_NAME}`, TITLE_MAX),
      description: wallDescription(),
      canonicalPath: paths.page.getHref(page),
      image: wallImage(),
      type: 'website',
      status: 200,
    };
  }

  const slug = matchPath(paths.moment.path, pathname)?.params.slug;
  const moment = slug ? getMoment(slug) : undefined;
  if (moment) {
    const text = momentText(moment);
    return {
      title: momentPageTitle(moment),
      description: text.description,
      canonicalPath: paths.moment.getHref(moment.slug),
      // What the preview image shows: the real photo, or generated artwork (not the photo), beside these same words.
      image: {
        path: `/og/${moment.slug}.jpg`,
        alt: moment.photo?.image
          ? moment.alt
          : `${describeArtwork(planFor(moment))}, beside the words “${text.who}, ${text.place}”, the caption and the original photo’s credit. Not the photo.`,
      },
      type: 'article',
      status: 200,
    };
  }

  return {
    title: `Not found · ${SITE_NAME}`,
    description: truncateAtWord(`There is no page at this address. The wall of ${countMoments(momentTotal())} from the ${event.shortName} is one click away.`, DESCRIPTION_MAX),
    image: wallImage(),
    type: 'website',
    status: 404,
  };
}
