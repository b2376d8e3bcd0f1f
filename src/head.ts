import { matchPath } from 'react-router';
import { catalog, getMoment, momentTitle } from './content/catalog';
import { filterMoments, hasFilters } from './domain/filters';
import { countMoments } from './domain/plural';
import { parseFilters } from './domain/query';
import { paths } from './paths';

export const SITE_NAME = 'Backstage';
export const OG_IMAGE = { width: 1200, height: 630 } as const;

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

const wallImage = {
  path: '/og/wall.png',
  alt: 'Backstage: 19 moments from the 2023 MTV Video Music Awards, as generated artwork',
};

/** One function for the document title on the client and the whole head in the prerendered pages. */
export function headFor(pathname: string, search = ''): PageHead {
  if (pathname === paths.wall.path) {
    const { filters } = parseFilters(search, catalog);
    const names = [...catalog.people, ...catalog.awards]
      .filter(({ id }) => filters.people.includes(id) || filters.awards.includes(id))
      .map(({ name }) => name);
    const count = filterMoments(catalog.moments, filters).length;
    return {
      title: hasFilters(filters)
        ? `${names.join(' + ')}: ${countMoments(count)} · ${SITE_NAME}`
        : `${SITE_NAME} · 19 moments behind the scenes of the 2023 MTV VMAs`,
      description:
        'An interactive wall of the 19 backstage moments of the 2023 MTV Video Music Awards: filter by who is in them and by award, and share any moment.',
      canonicalPath: paths.wall.getHref(),
      image: wallImage,
      type: 'website',
      status: 200,
    };
  }

  const slug = matchPath(paths.moment.path, pathname)?.params.slug;
  const moment = slug ? getMoment(slug) : undefined;
  if (moment) {
    return {
      title: `${momentTitle(moment)} · Moment ${moment.number} · ${SITE_NAME} at the 2023 VMAs`,
      description: moment.caption,
      canonicalPath: paths.moment.getHref(moment.slug),
      image: { path: `/og/${moment.slug}.png`, alt: moment.alt },
      type: 'article',
      status: 200,
    };
  }

  return {
    title: `Not found · ${SITE_NAME}`,
    description: 'There is no page at this address. The wall of 19 moments from the 2023 MTV VMAs is one click away.',
    image: wallImage,
    type: 'website',
    status: 404,
  };
}
