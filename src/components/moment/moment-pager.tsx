import { Link, type To } from 'react-router';
import { momentTitle } from '../../content/catalog';
import type { Moment } from '../../content/types';
import type { Neighbours } from '../../domain/neighbours';
import { Icon } from '../ui/icon';

export interface PagerLink {
  to: To;
  state?: unknown;
  replace?: boolean;
  preventScrollReset?: boolean;
}

interface MomentPagerProps {
  neighbours: Neighbours<Moment>;
  /** Says the order is the wall's filter, not the article's: "2 of 3 shown". */
  filtered?: boolean;
  linkFor: (moment: Moment) => PagerLink;
}

function PagerButton({ direction, moment, link }: { direction: 'previous' | 'next'; moment?: Moment; link?: PagerLink }) {
  // "Previous"/"Next" where the pager is narrow, "… moment" wider. The name holds both labels
  // one sees, and where it goes: "Next moment: NSYNC".
  const word = direction === 'previous' ? 'Previous' : 'Next';
  const name = moment ? `${word} moment: ${momentTitle(moment)}` : `${word} moment`;
  const label = (
    <span>
      {word}
      <span className="hidden @md:inline"> moment</span>
    </span>
  );
  const place = direction === 'previous' ? 'col-start-1 justify-self-start' : 'col-start-2 justify-self-end @sm:col-start-3';
  const look = `${place} row-start-2 @sm:row-start-1 inline-flex min-h-10 pointer-coarse:min-h-11 items-center gap-2 whitespace-nowrap rounded-full border px-4 py-2 text-sm font-semibold`;
  const icon = <Icon name={direction} />;
  const content = direction === 'previous' ? <>{icon}{label}</> : <>{label}{icon}</>;
  if (!moment || !link) {
    // The ends stop, visibly: the control stays in place, dimmed.
    return (
      <button type="button" disabled aria-label={name} className={`${look} cursor-not-allowed border-white/5 text-white/40`}>
        {content}
      </button>
    );
  }
  return (
    <Link {...link} aria-label={name} className={`${look} border-white/20 text-white hover:border-white/50 hover:bg-white/10`}>
      {content}
    </Link>
  );
}

/** Previous/next in the current order, with where we are in it. */
export function MomentPager({ neighbours, linkFor, filtered = false }: MomentPagerProps) {
  const { previous, next, position, total } = neighbours;
  return (
    // Sized by its own width (a container), not the window's: the dialog's column is narrower
    // than the page's. Where the three don't fit in a row, where we are goes above the buttons.
    <nav aria-label="Previous and next moments" className="@container">
      <div className="grid grid-cols-2 items-center gap-3 @sm:grid-cols-[1fr_auto_1fr]">
        <PagerButton direction="previous" moment={previous} link={previous && linkFor(previous)} />
        {/* Unfiltered, the heading's "Moment 3 of 19" has said this already: read the position once. */}
        <p
          aria-hidden={filtered ? undefined : true}
          className="col-span-2 row-start-1 text-center text-sm whitespace-nowrap text-white/60 tabular-nums @sm:col-span-1 @sm:col-start-2"
        >
          {position} of {total}
          {filtered && ' shown'}
        </p>
        <PagerButton direction="next" moment={next} link={next && linkFor(next)} />
      </div>
    </nav>
  );
}
