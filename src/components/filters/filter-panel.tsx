import type { FacetKind, FacetOption, Filters } from '../../domain/filters';
import { FacetGroup } from './facet-group';
import { PersonSearch } from './person-search';
import { SearchBox } from './search-box';

export interface FilterPanelProps {
  options: Record<FacetKind, FacetOption[]>;
  /** What the address filters by (the search box shows its search). */
  filters: Filters;
}

/** The filters themselves: a search, find a person, then every award and every person with its count. */
export function FilterPanel({ options, filters }: FilterPanelProps) {
  return (
    <div className="flex flex-col gap-5">
      <SearchBox filters={filters} />
      <PersonSearch people={options.people} />
      <FacetGroup label="People" kind="people" options={options.people} />
      <FacetGroup label="Awards" kind="awards" options={options.awards} />
      <p className="text-xs text-white/60">People show the moments they share; awards show the moments of any of them.</p>
    </div>
  );
}
