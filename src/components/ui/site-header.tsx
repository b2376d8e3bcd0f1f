import { Link } from 'react-router';
import { catalog, event } from '../../content/catalog';
import { paths } from '../../paths';

export function SiteHeader({ compact = false }: { compact?: boolean }) {
  const total = catalog.moments.length;
  return (
    <header className="mx-auto w-full max-w-7xl px-4 pt-8 sm:px-6 lg:px-8">
      <p className="text-xs font-bold tracking-[0.25em] text-gold-400 uppercase">{event.name}</p>
      {compact ? (
        <Link to={paths.wall.getHref()} className="mt-1 inline-block text-2xl font-black tracking-tight">
          Backstage
        </Link>
      ) : (
        <>
          <h1 className="mt-2 text-5xl font-black tracking-tight sm:text-7xl">Backstage</h1>
          <p className="mt-3 max-w-2xl text-base text-white/75 sm:text-lg">
            {`${total} behind-the-scenes ${total === 1 ? 'moment' : 'moments'} from the ${event.tag}. `}
            Pick a person to see the moments they share, or an award to see the moments around it.
          </p>
        </>
      )}
    </header>
  );
}
