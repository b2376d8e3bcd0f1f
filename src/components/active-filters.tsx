import type { FacetKind, FacetOption } from '../domain/filters';
import { Icon } from './icon';

interface ActiveFiltersProps {
  options: Record<FacetKind, FacetOption[]>;
  onRemove: (kind: FacetKind, id: string) => void;
}

/**
 * What the wall is filtered by, each removable in one tap: on a phone the chosen chips may be
 * scrolled out of sight in their rows, and an address opened cold says nothing by itself.
 */
export function ActiveFilters({ options, onRemove }: ActiveFiltersProps) {
  const chosen = (['people', 'awards'] as const).flatMap((kind) =>
    options[kind].filter((option) => option.selected).map((option) => ({ kind, option })),
  );
  if (chosen.length === 0) return null;
  return (
    <ul role="list" aria-label="Chosen filters" className="flex flex-wrap gap-2">
      {chosen.map(({ kind, option }) => (
        <li key={`${kind}-${option.id}`}>
          <button
            type="button"
            aria-label={`Remove ${option.name}`}
            onClick={() => onRemove(kind, option.id)}
            className="inline-flex min-h-8 items-center gap-1.5 rounded-full bg-gold-400/15 py-1 pr-2 pl-3 text-sm font-semibold text-gold-300 hover:bg-gold-400/25"
          >
            {option.name}
            <Icon name="close" className="size-3.5" />
          </button>
        </li>
      ))}
    </ul>
  );
}
