import { NotFound } from '../components/not-found';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';

export function NotFoundRoute({ what }: { what?: 'page' | 'moment' }) {
  return (
    <>
      <SiteHeader compact />
      <NotFound what={what} />
      <SiteFooter />
    </>
  );
}
