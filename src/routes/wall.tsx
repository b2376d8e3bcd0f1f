import { useLocation, useNavigate } from 'react-router';
import { ActiveFilters } from '../components/active-filters';
import { FilterBar } from '../components/filter-bar';
import { MomentList } from '../components/moment-list';
import { NoMoments } from '../components/no-moments';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';
import { SkipLink } from '../components/skip-link';
import { UnknownFiltersNotice } from '../components/unknown-filters-notice';
import { useCanonicalAddress } from '../components/use-canonical-address';
import { catalog } from '../content/catalog';
import { facetOptions, filterMoments, hasFilters, noFilters, toggle, type FacetKind, type Filters } from '../domain/filters';
import { countMoments } from '../domain/plural';
import { parseFilters } from '../domain/query';
import { paths } from '../paths';

/** `/`: the wall. Its filters live only in the query string. */
export function WallRoute() {
  const { search } = useLocation();
  const navigate = useNavigate();
  useCanonicalAddress();
  const { filters, unknown } = parseFilters(search, catalog);
  const visible = filterMoments(catalog.moments, filters);
  const options = facetOptions(catalog, filters);
  const show = (next: Filters) => navigate(paths.wall.getHref(next), { preventScrollReset: true });
  const toggleFilter = (kind: FacetKind, id: string) => show(toggle(catalog, filters, kind, id));

  return (
    <>
      <SkipLink targetId="moments">Skip to the moments</SkipLink>
      <SiteHeader />
      <main className="mx-auto grid w-full max-w-7xl grid-cols-1 gap-8 px-4 pt-8 sm:px-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:px-8">
        <aside className="min-w-0">
          <FilterBar
            options={options}
            active={hasFilters(filters)}
            onToggle={toggleFilter}
            onClear={() => show(noFilters)}
          />
        </aside>
        <div className="flex min-w-0 flex-col gap-4">
          <UnknownFiltersNotice unknown={unknown} cleanHref={paths.wall.getHref(filters)} />
          <p className="text-sm text-white/70">
            <span role="status" className="font-semibold text-white">
              {countMoments(visible.length)}
            </span>
            {hasFilters(filters) && ` of ${catalog.moments.length}`}
          </p>
          <ActiveFilters options={options} onRemove={toggleFilter} />
          {visible.length === 0 && <NoMoments />}
          <MomentList moments={visible} />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
