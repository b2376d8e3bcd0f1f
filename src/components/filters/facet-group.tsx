import { useId } from 'react';
import type { FacetKind, FacetOption } from '../../domain/filters';
import { countMoments } from '../../domain/plural';
import { paths } from '../../paths';
import { mark } from '../../prepaint/marks';
import { useFollowLink } from '../ui/use-follow-link';

interface FacetGroupProps {
  label: string;
  kind: FacetKind;
  options: readonly FacetOption[];
}

/**
 * One group of filters, each a link to the wall with it chosen (or, when chosen, without it), so
 * it works before and without the app's script. A chosen one is `aria-current`; one that would
 * leave no moment has no href, stays focusable and is announced as unavailable.
 */
export function FacetGroup({ label, kind, options }: FacetGroupProps) {
  const id = useId();
  const follow = useFollowLink();
  return (
    <div role="group" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`} className="mb-2 text-xs font-bold tracking-widest text-white/60 uppercase">
        {label}
      </h3>
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={option.id}>
            <a
              href={option.disabled ? undefined : paths.wall.getHref(option.next)}
              role="link"
              tabIndex={0}
              aria-current={option.selected ? 'true' : undefined}
              aria-disabled={option.disabled || undefined}
              aria-describedby={`${id}-${option.id}`}
              onClick={follow}
              {...{ [mark.facet]: kind, 'data-id': option.id }}
              className="group inline-flex before:-ml-0.5 before:mr-0.5 before:mb-1 before:hidden before:h-3 before:w-1.5 before:rotate-45 before:border-r-2 before:border-b-2 before:border-current aria-[current=true]:before:block min-h-9 cursor-pointer items-center gap-2 rounded-full select-none border border-white/15 bg-white/5 px-3 py-1 text-sm whitespace-nowrap text-white hover:border-white/40 hover:transition-colors hover:bg-white/10 aria-disabled:cursor-not-allowed aria-disabled:border-white/5 aria-disabled:bg-transparent aria-disabled:text-white/35 aria-[current=true]:border-gold-400 aria-[current=true]:bg-gold-400 aria-[current=true]:font-semibold aria-[current=true]:text-night-950"
            >
              {option.name}
              <span
                aria-hidden="true"
                {...{ [mark.optionCount]: '' }}
                suppressHydrationWarning
                className="min-w-5 rounded-full bg-white/10 px-1.5 text-center text-xs tabular-nums group-aria-[current=true]:bg-night-950/15"
              >
                {option.count}
              </span>
            </a>
            <span id={`${id}-${option.id}`} hidden suppressHydrationWarning>
              {countMoments(option.count)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
