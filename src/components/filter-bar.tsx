import type { FacetKind, FacetOption } from '../domain/filters';
import { FacetGroup } from './facet-group';

interface FilterBarProps {
  options: Record<FacetKind, FacetOption[]>;
  active: boolean;
  onToggle: (kind: FacetKind, id: string) => void;
  onClear: () => void;
}

export function FilterBar({ options, active, onToggle, onClear }: FilterBarProps) {
  return (
    <section aria-labelledby="filters-heading" className="flex flex-col gap-5">
      <div className="flex items-center justify-between gap-4">
        <h2 id="filters-heading" className="text-lg font-bold">
          Filters
        </h2>
        <button
          type="button"
          onClick={onClear}
          disabled={!active}
          className="rounded-full px-3 py-1 text-sm font-semibold whitespace-nowrap text-gold-400 underline-offset-4 hover:underline disabled:text-white/40 disabled:no-underline"
        >
          Clear all filters
        </button>
      </div>
      <FacetGroup label="Awards" options={options.awards} onToggle={(id) => onToggle('awards', id)} />
      <FacetGroup label="People" rows={3} options={options.people} onToggle={(id) => onToggle('people', id)} />
      <p className="text-xs text-white/60">
        People show the moments they share; awards show the moments of any of them.
      </p>
    </section>
  );
}
