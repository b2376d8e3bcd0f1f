import { useLocation } from 'react-router';
import { NotFound } from '../components/not-found';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';
import { catalog } from '../content/catalog';
import { closestBySlug, lastSegment } from '../domain/suggest';

/** Any address we don't have; "Did you mean" the moments closest to its last part. */
export function NotFoundRoute({ what }: { what?: 'page' | 'moment' }) {
  const suggestions = closestBySlug(lastSegment(useLocation().pathname), catalog.moments);
  return (
    <>
      <SiteHeader compact />
      <NotFound what={what} suggestions={suggestions} />
      <SiteFooter />
    </>
  );
}
