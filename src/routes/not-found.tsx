import { useLocation } from 'react-router';
import { NotFound } from '../components/ui/not-found';
import { SiteFooter } from '../components/ui/site-footer';
import { SiteHeader } from '../components/ui/site-header';
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
