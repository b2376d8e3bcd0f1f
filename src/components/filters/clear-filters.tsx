import { paths } from '../../paths';
import { mark } from '../../prepaint/marks';
import { useFollowLink } from '../ui/use-follow-link';

/**
 * "Clear all filters": a link to the whole wall, with no href (unavailable) while nothing is chosen.
 * `wraps`: it may take two lines where the room is short (the phone sheet's footer at 320 px).
 */
export function ClearFilters({ active, wraps = false, className = '' }: { active: boolean; wraps?: boolean; className?: string }) {
  const follow = useFollowLink();
  return (
    <a
      href={active ? paths.wall.getHref() : undefined}
      role="link"
      aria-disabled={active ? undefined : true}
      onClick={follow}
      {...{ [mark.attribute]: mark.clear }}
      className={`inline-flex min-h-9 items-center rounded-full px-3 text-sm leading-tight font-semibold ${wraps ? '' : 'whitespace-nowrap'} text-gold-400 underline-offset-4 hover:underline aria-disabled:text-white/40 aria-disabled:no-underline ${className}`}
    >
      Clear all filters
    </a>
  );
}
