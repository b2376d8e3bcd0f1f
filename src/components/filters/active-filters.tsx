import type { FacetKind, FacetOption } from '../../domain/filters';
import { paths } from '../../paths';
import { mark } from '../../prepaint/marks';
import { Icon } from '../ui/icon';
import { useHydrated } from '../ui/use-hydrated';
import { useFollowLink } from '../ui/use-follow-link';

const chip = 'inline-flex min-h-8 max-w-full items-center gap-1.5 rounded-full bg-gold-400/15 py-1 pr-2 pl-3 text-sm font-semibold text-gold-300 hover:bg-gold-400/25';

interface ActiveFiltersProps {
  options: Record<FacetKind, FacetOption[]>;
  /** The search's words, `''` when there is no search. */
  search: string;
  /** The wall as it is without the search. */
  clearSearch: string;
}

/**
 * What the wall is filtered by, each removable in one tap: on a phone the filters are folded
 * away, and an address opened cold says nothing by itself. Every option has its (hidden) chip,
 * and so has the search, so that a filtered address can show its own before the app's script runs.
 * Once the app runs, only the chosen ones are kept (the page of a wall of thousands of moments
 * stays under 1,500 elements, issue 21).
 */
export function ActiveFilters({ options, search, clearSearch }: ActiveFiltersProps) {
  const follow = useFollowLink();
  const hydrated = useHydrated();
  const all = (['people', 'awards'] as const).flatMap((kind) => options[kind].map((option) => ({ kind, option })));
  const chips = hydrated ? all.filter(({ option }) => option.selected) : all;
  const none = search === '' && all.every(({ option }) => !option.selected);
  return (
    <ul role="list" aria-label="Chosen filters" hidden={none} {...{ [mark.attribute]: mark.chosenList }} className="flex flex-wrap gap-2">
      <li hidden={search === ''} {...{ [mark.attribute]: mark.searchChip }} className="max-w-full">
        <a href={clearSearch} onClick={follow} {...{ [mark.attribute]: mark.clearSearch }} className={chip}>
          {/* The space between is the name's ("Remove the search “hug”"); the flex box lays out none. */}
          <span className="sr-only">Remove the search</span>{' '}
          <span className="truncate">
            “
            <span {...{ [mark.attribute]: mark.search }} suppressHydrationWarning>
              {search}
            </span>
            ”
          </span>
          <Icon name="close" className="size-3.5 shrink-0" />
        </a>
      </li>
      {chips.map(({ kind, option }) => (
        <li key={`${kind}-${option.id}`} hidden={!option.selected}>
          <a
            href={paths.wall.getHref(option.next)}
            aria-label={`Remove ${option.name}`}
            onClick={follow}
            {...{ [mark.remove]: kind, 'data-id': option.id }}
            className={chip}
          >
            {option.name}
            <Icon name="close" className="size-3.5" />
          </a>
        </li>
      ))}
    </ul>
  );
}
