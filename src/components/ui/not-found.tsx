import { Link } from 'react-router';
import { catalog, exampleMoment, momentTitle } from '../../content/catalog';
import type { Moment } from '../../content/types';
import { paths } from '../../paths';

const button = 'inline-flex min-h-11 items-center rounded-full bg-gold-400 px-5 py-2 font-bold text-night-950 hover:bg-gold-300';

/**
 * Shown for any address we don't have: says so, offers the moments closest to what was typed,
 * and the way back. The prerendered 404.html can't know the address, so the suggestions come
 * once the app runs; without it, the hint on how moment addresses look still helps.
 */
export function NotFound({ what = 'page', suggestions = [] }: { what?: 'page' | 'moment'; suggestions?: readonly Moment[] }) {
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
        {`All ${catalog.moments.length} moments are on the wall.`}
      </p>
      {suggestions.length > 0 ? (
        <section aria-labelledby="did-you-mean" className="flex flex-col gap-2">
          <h2 id="did-you-mean" className="text-xl font-bold">
            Did you mean
          </h2>
          <ul className="flex flex-col gap-2">
            {suggestions.map((moment) => (
              <li key={moment.slug} className="text-lg">
                <Link to={paths.moment.getHref(moment.slug)} className="font-semibold text-gold-300 underline underline-offset-4 hover:text-gold-400">
                  {momentTitle(moment)}
                </Link>
                <span className="text-white/60"> · moment {moment.number}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        exampleMoment && (
          <p className="text-white/70 [overflow-wrap:anywhere]">
            Moment addresses are lowercase words joined by hyphens, like{' '}
            <code className="text-white/90">{paths.moment.getHref(exampleMoment.slug)}</code>.
          </p>
        )
      )}
      <Link to={paths.wall.getHref()} className={button}>
        Back to the wall
      </Link>
    </main>
  );
}
