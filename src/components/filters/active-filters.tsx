import type { FacetKind, FacetOption } from '../../domain/filters';
import { paths } from '../../paths';
import { mark } from '../../prepaint/marks';
import { Icon } from '../ui/icon';
import { useFollowLink } from './use-follow-link';

/**
 * What the wall is filtered by, each removable in one tap: on a phone the filters are folded
 * away, and an address opened cold says nothing by itself. Every option has its (hidden) chip,
 * so that a filtered address can show its own before the app's script runs.
 */
export function ActiveFilters({ options }: { options: Record<FacetKind, FacetOption[]> }) {
  const follow = useFollowLink();
  const all = (['people', 'awards'] as const).flatMap((kind) => options[kind].map((option) => ({ kind, option })));
  const none = all.every(({ option }) => !option.selected);
  return (
    <ul role="list" aria-label="Chosen filters" hidden={none} {...{ [mark.attribute]: mark.chosenList }} className="flex flex-wrap gap-2">
      {all.map(({ kind, option }) => (
        <li key={`${kind}-${option.id}`} hidden={!option.selected}>
          <a
            href={paths.wall.getHref(option.next)}
            aria-label={`Remove ${option.name}`}
            onClick={follow}
            {...{ [mark.remove]: kind, 'data-id': option.id }}
            className="inline-flex min-h-8 items-center gap-1.5 rounded-full bg-gold-400/15 py-1 pr-2 pl-3 text-sm font-semibold text-gold-300 hover:bg-gold-400/25"
          >
            {option.name}
            <Icon name="close" className="size-3.5" />
          </a>
        </li>
      ))}
    </ul>
  );
}
