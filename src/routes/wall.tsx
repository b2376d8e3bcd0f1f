import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { ActiveFilters } from '../components/filters/active-filters';
import { FilterSheet } from '../components/filters/filter-sheet';
import { FilterSidebar } from '../components/filters/filter-sidebar';
import { MomentCount } from '../components/wall/moment-count';
import { MomentList } from '../components/wall/moment-list';
import { Pager } from '../components/wall/pager';
import { NoMoments } from '../components/wall/no-moments';
import { isWindowed } from '../components/wall/windowing';
import { SiteFooter } from '../components/ui/site-footer';
import { SiteHeader } from '../components/ui/site-header';
import { SkipLink } from '../components/ui/skip-link';
import { useFrameBehind } from '../components/ui/use-frame-behind';
import { useHydrated } from '../components/ui/use-hydrated';
import { UnknownFiltersNotice } from '../components/filters/unknown-filters-notice';
import { useCanonicalAddress } from '../components/filters/use-canonical-address';
import { catalog } from '../content/catalog';
import { useWordsCountWhile } from '../content/words';
import { activeSearch, chosenCount, facetOptions, filterMoments, hasFilters, withoutSearch } from '../domain/filters';
import { parseFilters, SEARCH_KEY } from '../domain/query';
import { paths } from '../paths';
import { HELD } from '../prepaint/marks';

/** What the wall shows at an address's query string; the last few are kept (the wall renders one twice, below). */
const states = new Map<string, ReturnType<typeof readWall>>();

function readWall(search: string, captions: number) {
  const { filters, unknown } = parseFilters(search, catalog);
  const searched = activeSearch(filters);
  return {
    filters,
    unknown,
    visible: filterMoments(catalog, filters),
    options: facetOptions(catalog, filters),
    search: searched,
    clearSearch: paths.wall.getHref(withoutSearch(filters)),
    // A search answered before every caption came (their chunks are still on their way).
    partial: searched !== '' && captions < catalog.moments.length,
  };
}

/**
 * What the wall shows is that of an address's query string once so many captions are here:
 * under a search, it grows as they come (useSearchCaptions).
 */
const wallKey = (search: string, captions: number) => `${captions} ${search}`;

function wallAt(key: string) {
  let state = states.get(key);
  if (!state) {
    const space = key.indexOf(' ');
    state = readWall(key.slice(space + 1), Number(key.slice(0, space)));
    if (states.size >= 4) states.delete(states.keys().next().value!);
    states.set(key, state);
  }
  return state;
}

/** How many captions a search at `search` has had to look at, as they come; 0 without a search. */
const useSearchCaptions = (search: string): number => useWordsCountWhile(Boolean(new URLSearchParams(search).get(SEARCH_KEY)?.trim()));

/**
 * `/`: the wall. Its filters and its search live only in the query string. A tap on a filter
 * changes the filters and the count in the next frame; the wall below them (the chosen filters,
 * the cards, the empty state) follows a frame later, so that frame is not held up by cards to
 * create, lay out and glide: on a phone the Filters sheet covers them meanwhile.
 */
export function WallRoute() {
  const location = useLocation();
  useCanonicalAddress();
  const captions = useSearchCaptions(location.search);
  const { filters, visible, options, partial } = wallAt(wallKey(location.search, captions));
  const windowed = isWindowed(catalog.moments.length);
  const hydrated = useHydrated();
  // Hydrating a windowed wall's page at a filtered address, whose count the page's script held: it says what that script wrote.
  const finding = !import.meta.env.SSR && !hydrated && document.documentElement.hasAttribute(HELD);
  const count = <MomentCount shown={visible.length} total={catalog.moments.length} filtered={hasFilters(filters)} partial={partial} finding={finding} />;

  return (
    <>
      <SkipLink targetId="moments">Skip to the moments</SkipLink>
      <SiteHeader />
      {/* The sidebar's column runs down to the footer, so the sticky filters stay whole at the very end. */}
      <div className="mx-auto grid w-full max-w-7xl grid-cols-1 gap-8 px-4 pt-4 sm:px-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:px-8">
        <FilterSidebar options={options} filters={filters} active={hasFilters(filters)} />
        <div className="flex min-w-0 flex-col">
          <main className="flex min-w-0 flex-col gap-4 lg:pt-4">
            {/* On a phone this row stays at the top of the screen: the count and the Filters button.
                Their gap is at least 8 px, not 12: in a 320 px window Firefox's classic scrollbar
                leaves 308, where "4 moments" and "Filters 1 chosen" otherwise overflow by 1 px. */}
            <div className="sticky top-0 z-20 -mx-4 flex min-h-14 items-center justify-between gap-2 bg-night-950/90 px-4 py-1.5 backdrop-blur sm:-mx-6 sm:px-6 lg:static lg:mx-0 lg:min-h-0 lg:bg-transparent lg:p-0 lg:backdrop-blur-none">
              <p className="text-sm text-white/70">{count}</p>
              <FilterSheet options={options} filters={filters} chosen={chosenCount(filters)} count={count} />
            </div>
            <WallBody wall={wallKey(location.search, captions)} windowed={windowed} />
            {/* The first cards only, before the app runs: the rest are on the wall's pages. */}
            {windowed && !hydrated && <Pager page={1} total={catalog.moments.length} hidden={hasFilters(filters)} />}
          </main>
          <SiteFooter className="" />
        </div>
      </div>
    </>
  );
}

/** The wall below its count: one frame behind the address (see WallRoute). */
function WallBody({ wall: key, windowed }: { wall: string; windowed: boolean }) {
  const wall = wallAt(useFrameBehind(key));
  // The same elements while the wall is a frame behind: the tap's own frame renders none of them.
  return useMemo(
    () => (
      <>
        <UnknownFiltersNotice unknown={wall.unknown} filters={wall.filters} known={catalog} />
        <ActiveFilters options={wall.options} search={wall.search} clearSearch={wall.clearSearch} />
        <NoMoments hidden={wall.visible.length > 0} search={wall.search} clearSearch={wall.clearSearch} />
        <MomentList moments={wall.visible} windowed={windowed} />
      </>
    ),
    [wall, windowed],
  );
}
