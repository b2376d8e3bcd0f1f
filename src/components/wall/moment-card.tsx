import { m, useReducedMotion } from 'framer-motion';
import { Link, useLocation } from 'react-router';
import { getAwards, momentTitle } from '../../content/catalog';
import type { Moment } from '../../content/types';
import { paths } from '../../paths';
import type { DialogState } from '../../domain/dialog-state';
import { cardTags } from '../../domain/filters';
import { Artwork } from '../artwork/artwork';
import { AwardBadge } from '../ui/award-badge';
import { PhotoNote } from '../artwork/photo-note';
import { openOnce } from '../moment/use-dialog-history';
import { useHydrated } from '../ui/use-hydrated';

/** Cards from this index on start below the fold on a phone: their photos may load lazily. */
const EAGER_CARDS = 2;

export function MomentCard({ moment, index }: { moment: Moment; index: number }) {
  const location = useLocation();
  const state: DialogState = { background: location, opener: moment.slug };
  // With reduced motion, cards only fade: no scaling, and (MotionConfig) no gliding.
  const shrunk = useReducedMotion() ? 1 : 0.96;
  // A prerendered card enters by CSS (card-enter); framer-motion takes over once hydrated.
  const hydrated = useHydrated();

  return (
    <m.li
      layout="position"
      initial={hydrated ? { opacity: 0, scale: shrunk } : false}
      animate={hydrated ? { opacity: 1, scale: 1 } : undefined}
      exit={{ opacity: 0, scale: shrunk, transition: { duration: 0.18 } }}
      transition={{ type: 'spring', stiffness: 420, damping: 38 }}
      data-slug={moment.slug}
      {...{ [cardTags.people]: moment.people.join(' '), [cardTags.awards]: moment.awards.join(' ') }}
      className="card-enter relative flex flex-col rounded-2xl bg-night-800 ring-1 ring-white/10"
    >
      <Artwork moment={moment} view="card" lazy={index >= EAGER_CARDS} priority={index === 0} className="rounded-t-2xl" />
      <div className="flex flex-1 flex-col gap-3 px-4 pt-4 pb-4">
        {/* The card's one link: its people and number. The caption below is read once, as text. */}
        <h2 className="text-lg leading-snug font-bold text-balance">
          <Link
            to={paths.moment.getHref(moment.slug)}
            state={state}
            preventScrollReset
            onClick={openOnce}
            aria-label={`${momentTitle(moment)}, moment ${moment.number}`}
            className="card-link group block rounded-sm"
          >
            {momentTitle(moment)}
          </Link>
        </h2>
        <p className="text-[0.95rem] leading-snug text-white/90">{moment.caption}</p>
        {(moment.awards.length > 0 || moment.trophyNote) && (
          <p className="flex flex-wrap gap-1.5">
            {getAwards(moment).map((award) => (
              <AwardBadge key={award.id}>{award.name}</AwardBadge>
            ))}
            {moment.trophyNote && <AwardBadge>{moment.trophyNote}</AwardBadge>}
          </p>
        )}
        <PhotoNote moment={moment} className="mt-auto pt-1 text-xs" />
      </div>
    </m.li>
  );
}
