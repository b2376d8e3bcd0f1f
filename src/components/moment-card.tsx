import { m, useReducedMotion } from 'framer-motion';
import { Link, useLocation } from 'react-router';
import { getAwards, getPeople } from '../content/catalog';
import type { Moment } from '../content/types';
import { paths } from '../paths';
import type { DialogState } from '../domain/dialog-state';
import { cardTags } from '../domain/filters';
import { Artwork } from './artwork';
import { AwardBadge } from './award-badge';
import { Credit } from './credit';
import { useHydrated } from './use-hydrated';

/** Cards from this index on start below the fold on a phone: their photos may load lazily. */
const EAGER_CARDS = 2;

export function MomentCard({ moment, index }: { moment: Moment; index: number }) {
  const location = useLocation();
  const state: DialogState = { background: location, opener: moment.slug };
  const people = getPeople(moment);
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
      <Link
        to={paths.moment.getHref(moment.slug)}
        state={state}
        preventScrollReset
        className="card-link group block rounded-t-2xl"
      >
        <Artwork moment={moment} layoutId={`art-${moment.slug}`} lazy={index >= EAGER_CARDS} className="rounded-t-2xl" />
        <div className="px-4 pt-4">
          <p className="text-xs font-bold tracking-widest text-gold-400 uppercase">Moment {moment.number}</p>
          <p className="mt-1 text-[0.95rem] leading-snug text-white/90 group-hover:text-white">{moment.caption}</p>
        </div>
      </Link>
      <div className="mt-auto flex flex-col gap-2 px-4 pt-3 pb-4">
        <p className="text-sm font-medium text-white">
          <span className="sr-only">Pictured: </span>
          {people.map((person) => person.name).join(' · ')}
        </p>
        {(moment.awards.length > 0 || moment.trophyNote) && (
          <p className="flex flex-wrap gap-1.5">
            {getAwards(moment).map((award) => (
              <AwardBadge key={award.id}>{award.name}</AwardBadge>
            ))}
            {moment.trophyNote && <AwardBadge>{moment.trophyNote}</AwardBadge>}
          </p>
        )}
        <Credit moment={moment} />
      </div>
    </m.li>
  );
}
