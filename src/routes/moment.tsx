import { Link, useParams } from 'react-router';
import { MomentDetail } from '../components/moment/moment-detail';
import { MomentPager, type PagerLink } from '../components/moment/moment-pager';
import { useArrowKeys } from '../components/moment/use-arrow-keys';
import { useMomentSteps } from '../components/moment/use-moment-steps';
import { SiteFooter } from '../components/ui/site-footer';
import { SiteHeader } from '../components/ui/site-header';
import { catalog, getMoment } from '../content/catalog';
import type { Moment } from '../content/types';
import type { CardState } from '../domain/dialog-state';
import { neighbours } from '../domain/neighbours';
import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/** `/moments/:slug` opened by its address: the moment as a page of its own, in article order. */
export function MomentRoute() {
  const moment = getMoment(useParams().slug ?? '');
  const around = neighbours(catalog.moments, moment?.slug ?? '');
  const linkFor = (other: Moment): PagerLink => ({ to: paths.moment.getHref(other.slug) });
  useArrowKeys(useMomentSteps(catalog.moments, moment?.slug ?? '', linkFor));
  if (!moment) return <NotFoundRoute what="moment" />;

  return (
    <>
      <SiteHeader compact />
      <main className="mx-auto w-full max-w-7xl px-4 pt-6 sm:px-6 lg:px-8">
        {/* Lands on this moment's card, not at the top of the wall. */}
        <Link to={paths.wall.getHref()} state={{ card: moment.slug } satisfies CardState} className="mb-4 -ml-3 inline-flex min-h-10 pointer-coarse:min-h-11 items-center gap-2 rounded-full px-3 text-sm font-semibold text-gold-400 hover:underline">
          <span aria-hidden="true">←</span> Back to the wall
        </Link>
        <MomentDetail
          moment={moment}
          total={catalog.moments.length}
          headingId="moment-heading"
          headingLevel={1}
          ahead={[around.previous, around.next]}
          pager={
            <MomentPager
              neighbours={around}
              linkFor={linkFor}
            />
          }
        />
      </main>
      <SiteFooter />
    </>
  );
}
