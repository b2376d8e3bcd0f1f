import { useId } from 'react';
import type { FacetOption } from '../domain/filters';
import { countMoments } from '../domain/plural';
import { Icon } from './icon';

/** Rows of the sideways-scrolling strip on a phone (literal class names, for Tailwind). */
const phoneRows = { 2: 'grid-rows-2', 3: 'grid-rows-3' } as const;

interface FacetGroupProps {
  label: string;
  /** On a phone the options scroll sideways in this many rows. */
  rows?: keyof typeof phoneRows;
  options: readonly FacetOption[];
  onToggle: (id: string) => void;
}

/** One row of toggle buttons, each named by its person or award, with the count it would give. */
export function FacetGroup({ label, options, onToggle, rows = 2 }: FacetGroupProps) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`} className="mb-2 text-xs font-bold tracking-widest text-white/60 uppercase">
        {label}
      </h3>
      <ul
        className={`-mx-4 grid auto-cols-max grid-flow-col gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:none] sm:mx-0 sm:flex sm:flex-wrap sm:overflow-visible sm:px-0 ${phoneRows[rows]}`}
      >
        {options.map((option) => (
          <li key={option.id}>
            <button
              type="button"
              aria-pressed={option.selected}
              aria-describedby={`${id}-${option.id}`}
              // Still focusable and announced as unavailable, so every option can be found.
              aria-disabled={option.disabled || undefined}
              onClick={() => option.disabled || onToggle(option.id)}
              className={`inline-flex min-h-9 items-center gap-2 rounded-full whitespace-nowrap border px-3 py-1 text-sm transition-colors ${
                option.selected
                  ? 'border-gold-400 bg-gold-400 font-semibold text-night-950'
                  : 'border-white/15 bg-white/5 text-white hover:border-white/40 hover:bg-white/10'
              } aria-disabled:cursor-not-allowed aria-disabled:border-white/5 aria-disabled:bg-transparent aria-disabled:text-white/35`}
            >
              {option.selected && (
                <Icon name="check" className="-ml-1 size-3.5" />
              )}
              {option.name}
              <span
                aria-hidden="true"
                className={`min-w-5 rounded-full px-1.5 text-center text-xs tabular-nums ${
                  option.selected ? 'bg-night-950/15' : 'bg-white/10'
                }`}
              >
                {option.count}
              </span>
            </button>
            <span id={`${id}-${option.id}`} hidden>
              {countMoments(option.count)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
