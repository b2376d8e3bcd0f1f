import { Link } from 'react-router';
import { paths } from '../paths';

/** Shown for any address we don't have: says so, and offers the way back. */
export function NotFound({ what = 'page' }: { what?: 'page' | 'moment' }) {
  return (
    <main className="mx-auto flex w-full max-w-2xl flex-col items-start gap-5 px-4 py-16 sm:px-6">
      <p className="text-7xl font-black text-gold-400" aria-hidden="true">
        404
      </p>
      <h1 className="text-3xl font-black tracking-tight sm:text-4xl">
        {what === 'moment' ? 'Moment not found' : 'Page not found'}
      </h1>
      <p className="text-lg text-white/80">
        {what === 'moment'
          ? 'There is no moment at this address. It may have been mistyped, or the link was cut short.'
          : 'There is nothing at this address. It may have been mistyped, or the link was cut short.'}{' '}
        All 19 moments are on the wall.
      </p>
      <Link
        to={paths.wall.getHref()}
        className="inline-flex min-h-11 items-center rounded-full bg-gold-400 px-5 py-2 font-bold text-night-950 hover:bg-gold-300"
      >
        Back to the wall
      </Link>
    </main>
  );
}
