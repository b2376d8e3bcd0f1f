import { useId, useRef } from 'react';
import { useDisplayed } from '../ui/use-displayed';
import { ClearFilters } from './clear-filters';
import { FilterPanel, type FilterPanelProps } from './filter-panel';

/**
 * The filters beside the wall on a wide screen: in view while the wall scrolls, and scrolling on
 * their own when taller than the window. (Narrower screens fold them into the filter sheet.)
 */
export function FilterSidebar({ options, filters, active }: FilterPanelProps & { active: boolean }) {
  const id = useId();
  const aside = useRef<HTMLElement>(null);
  // Below `lg:` the sheet holds the filters; this copy is hidden, and let go once the app runs.
  const displayed = useDisplayed(aside);
  return (
    <aside
      ref={aside}
      aria-labelledby={id}
      className="hidden lg:sticky lg:top-0 lg:block lg:max-h-dvh lg:self-start lg:overflow-y-auto lg:overscroll-contain lg:px-2 lg:pt-4 lg:pb-6"
    >
      <div className="mb-4 flex items-center justify-between gap-4">
        <h2 id={id} className="text-lg font-bold">
          Filters
        </h2>
        <ClearFilters active={active} />
      </div>
      {displayed && <FilterPanel options={options} filters={filters} />}
    </aside>
  );
}
