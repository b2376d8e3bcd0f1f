import { Link, useParams } from 'react-router';
import { MomentList } from '../components/wall/moment-list';
import { Pager } from '../components/wall/pager';
import { wallPage } from '../components/wall/windowing';
import { SiteFooter } from '../components/ui/site-footer';
import { SiteHeader } from '../components/ui/site-header';
import { SkipLink } from '../components/ui/skip-link';
import { catalog } from '../content/catalog';
import { pageRange } from '../domain/pages';
import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/**
 * `/page/N/`: page N of a windowed wall (src/domain/pages.ts), its moments as the wall shows
 * them, with the pager, so that without JavaScript every moment is a few links from the wall.
 * A card opens its moment's own page. A page the wall does not have is the not-found page.
 */
export function PageRoute() {
  const param = useParams().page;
  const total = catalog.moments.length;
  const page = wallPage(param, total);
  if (page === undefined) return <NotFoundRoute what="page" />;
  const { from, to } = pageRange(page, total);
  return (
    <>
      <SkipLink targetId="moments">Skip to the moments</SkipLink>
      <SiteHeader compact />
      <main className="mx-auto flex w-full max-w-7xl flex-col gap-6 px-4 pt-6 sm:px-6 lg:px-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-black tracking-tight">{`Moments ${from + 1} to ${to} of ${total}`}</h1>
          <p className="text-sm text-white/70">
            {'In the wall’s order. '}
            <Link to={paths.wall.getHref()} className="font-semibold text-gold-300 underline underline-offset-4 hover:text-gold-400">
              The whole wall
            </Link>
            {' filters them by person, award or a word.'}
          </p>
        </div>
        <MomentList moments={catalog.moments.slice(from, to)} opens="page" />
        <Pager page={page} total={total} />
      </main>
      <SiteFooter />
    </>
  );
}
