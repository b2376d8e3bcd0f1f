import type { FacetKind, FacetOption } from '../../domain/filters';
import { FacetGroup } from './facet-group';
import { PersonSearch } from './person-search';

/** The filters themselves: find a person, then every award and every person with its count. */
export function FilterPanel({ options }: { options: Record<FacetKind, FacetOption[]> }) {
  return (
    <div className="flex flex-col gap-5">
      <PersonSearch people={options.people} />
      <FacetGroup label="People" kind="people" options={options.people} />
      <FacetGroup label="Awards" kind="awards" options={options.awards} />
      <p className="text-xs text-white/60">People show the moments they share; awards show the moments of any of them.</p>
    </div>
  );
}
