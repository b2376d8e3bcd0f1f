import { useFollowLink } from '../ui/use-follow-link';
import { mark } from '../../prepaint/marks';

interface NoMomentsProps {
  hidden: boolean;
  /** The search's words, `''` when there is no search. */
  search: string;
  /** The wall as it is without the search: what "Clear the search" leads to. */
  clearSearch: string;
}

/**
 * The wall when a combination of filters or a search (often from a hand-edited or shared
 * address) matches nothing. Always rendered, hidden while some moment matches, so a filtered
 * address can show it before the app's script runs; under a search it offers to clear it.
 */
export function NoMoments({ hidden, search, clearSearch }: NoMomentsProps) {
  const follow = useFollowLink();
  return (
    <div hidden={hidden} {...{ [mark.attribute]: mark.none }} className="rounded-2xl border border-dashed border-white/20 px-6 py-10 text-center">
      <div hidden={search === ''} {...{ [mark.attribute]: mark.noneSearched }}>
        <p className="text-lg font-semibold break-words">
          No moment matches “
          <span {...{ [mark.attribute]: mark.search }} suppressHydrationWarning>
            {search}
          </span>
          ”.
        </p>
        <p className="mt-2 text-white/70">
          A search finds words of the captions and the names of people and awards, any case or accent.{' '}
          <a
            href={clearSearch}
            onClick={follow}
            {...{ [mark.attribute]: mark.clearSearch }}
            className="font-semibold text-gold-400 underline underline-offset-4 hover:text-gold-300"
          >
            Clear the search
          </a>
        </p>
      </div>
      <div hidden={search !== ''} {...{ [mark.attribute]: mark.noneFiltered }}>
        <p className="text-lg font-semibold">No moment matches all of these filters.</p>
        <p className="mt-2 text-white/70">
          People show the moments they are pictured in together, and a person mentioned in a caption is not
          pictured. Remove a filter above to see more.
        </p>
      </div>
    </div>
  );
}
