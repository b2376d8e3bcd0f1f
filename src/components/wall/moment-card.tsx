import { memo, useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { getAwards, momentTitle } from '../../content/catalog';
import type { Moment } from '../../content/types';
import { paths } from '../../paths';
import { cardTags } from '../../domain/filters';
import { CAPTION } from '../../prepaint/marks';
import { Artwork } from '../artwork/artwork';
import { AwardBadge } from '../ui/award-badge';
import { PhotoNote } from '../artwork/photo-note';
import { useHydrated } from '../ui/use-hydrated';
import { WaitingLines } from '../ui/waiting-lines';
import { useWords } from '../../content/words';

interface MomentCardProps {
  moment: Moment;
  /** Near the top of the wall, on screen at first: its photo loads at once. */
  eager: boolean;
  /** The wall's first card: its photo is asked for before any other. */
  first: boolean;
  /** The card link's onClick: opens the moment over the wall (stable: the card never re-renders for it). */
  onOpen: (event: MouseEvent<HTMLAnchorElement>, slug: string) => void;
  /** Fades in when it comes into the page (as on the first paint and with a new list), not when a scroll of a windowed wall brings it. */
  animateIn?: boolean;
  /** On a windowed wall, the first card of each row: the row's index, and the virtualiser's ref that measures the row by it. */
  row?: number;
  measureRef?: (element: Element | null) => void;
}

/**
 * One moment on the wall. Memoised on props that stay the same object across navigations, so a
 * filter change or an opened dialog re-renders only the cards that come or go; where the wall
 * is (the dialog's background) is read when the link is clicked, not when the card renders.
 * Its moves between places are the list's (use-wall-reflow.ts), not the card's own.
 */
export const MomentCard = memo(function MomentCard({ moment, eager, first, onOpen, animateIn = true, row, measureRef }: MomentCardProps) {
  // Decided once, as the card comes into the page: on the first paint it rises (index.css).
  const firstPaint = !useHydrated();
  const [entering] = useState(animateIn ? (firstPaint ? 'card-enter card-first ' : 'card-enter ') : '');
  // Its words may still be on their way (a chunk of captions): the card waits for them, sized.
  const words = useWords(moment);
  return (
    <li
      ref={measureRef}
      data-slug={moment.slug}
      data-index={row}
      {...{ [cardTags.people]: moment.people.join(' '), [cardTags.awards]: moment.awards.join(' ') }}
      className={`${entering}relative flex flex-col rounded-2xl bg-night-800 ring-1 ring-white/10`}
    >
      <Artwork moment={moment} view="card" lazy={!eager} priority={first} className="rounded-t-2xl" />
      <div className="flex flex-1 flex-col gap-3 px-4 pt-4 pb-4">
        {/* The card's one link: its people and number. The caption below is read once, as text. */}
        <h2 className="text-lg leading-snug font-bold text-balance">
          <Link
            to={paths.moment.getHref(moment.slug)}
            preventScrollReset
            onClick={(event) => onOpen(event, moment.slug)}
            aria-label={`${momentTitle(moment)}, moment ${moment.number}`}
            className="card-link group block rounded-sm"
          >
            {momentTitle(moment)}
          </Link>
        </h2>
        <p {...{ [CAPTION]: '' }} aria-busy={words ? undefined : true} className="text-[0.95rem] leading-snug text-white/90">
          {words ? words.caption : <WaitingLines length={moment.lengths?.[0]} what="caption" shows />}
        </p>
        {(moment.awards.length > 0 || moment.trophyNote) && (
          <p className="flex flex-wrap gap-1.5">
            {getAwards(moment).map((award) => (
              <AwardBadge key={award.id}>{award.name}</AwardBadge>
            ))}
            {moment.trophyNote && <AwardBadge>{moment.trophyNote}</AwardBadge>}
          </p>
        )}
        <PhotoNote moment={moment} words={words} className="mt-auto pt-1 text-xs" />
      </div>
    </li>
  );
});
