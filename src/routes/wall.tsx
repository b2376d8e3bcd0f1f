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
import { useHydrated } from '../components/ui/use-hydrated';
import { UnknownFiltersNotice } from '../components/filters/unknown-filters-notice';
import { useCanonicalAddress } from '../components/filters/use-canonical-address';
import { catalog } from '../content/catalog';
import { activeSearch, chosenCount, facetOptions, filterMoments, hasFilters, withoutSearch } from '../domain/filters';
import { parseFilters } from '../domain/query';
import { paths } from '../paths';

/** `/`: the wall. Its filters and its search live only in the query string. */
export function WallRoute() {
  const location = useLocation();
  useCanonicalAddress();
  const { filters, unknown } = parseFilters(location.search, catalog);
  const visible = filterMoments(catalog, filters);
  const options = facetOptions(catalog, filters);
  const search = activeSearch(filters);
  const clearSearch = paths.wall.getHref(withoutSearch(filters));
  const windowed = isWindowed(catalog.moments.length);
  const hydrated = useHydrated();
  const count = <MomentCount shown={visible.length} total={catalog.moments.length} filtered={hasFilters(filters)} />;

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
            <UnknownFiltersNotice unknown={unknown} filters={filters} known={catalog} />
            <ActiveFilters options={options} search={search} clearSearch={clearSearch} />
            <NoMoments hidden={visible.length > 0} search={search} clearSearch={clearSearch} />
            <MomentList moments={visible} windowed={windowed} />
            {/* The first cards only, before the app runs: the rest are on the wall's pages. */}
            {windowed && !hydrated && <Pager page={1} total={catalog.moments.length} hidden={hasFilters(filters)} />}
          </main>
          <SiteFooter className="" />
        </div>
      </div>
    </>
  );
}
