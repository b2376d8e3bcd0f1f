import { AnimatePresence } from 'framer-motion';
import type { Moment } from '../../content/types';
import { MomentCard } from './moment-card';

/** The wall's grid: leaving cards fade out while the rest glide to their new places. */
export function MomentList({ moments }: { moments: readonly Moment[] }) {
  return (
    <ul id="moments" role="list" aria-label="Moments" tabIndex={-1} className="relative grid scroll-mt-4 grid-cols-1 gap-5 sm:grid-cols-2 xl:grid-cols-3">
      <AnimatePresence mode="popLayout" initial={false}>
        {moments.map((moment, index) => (
          <MomentCard key={moment.slug} moment={moment} index={index} />
        ))}
      </AnimatePresence>
    </ul>
  );
}
