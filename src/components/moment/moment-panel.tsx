import type { Ref } from 'react';
import type { Moment } from '../../content/types';
import type { Neighbours } from '../../domain/neighbours';
import { Icon } from '../ui/icon';
import { MomentDetail } from './moment-detail';
import { MomentPager, type PagerLink } from './moment-pager';
import type { useSwipe } from './use-swipe';

interface MomentPanelProps {
  ref: Ref<HTMLDivElement>;
  moment: Moment;
  total: number;
  neighbours: Neighbours<Moment>;
  /** The order is the wall's filter: the pager says "2 of 3 shown". */
  filtered: boolean;
  linkFor: (moment: Moment) => PagerLink;
  onClose: (event: { detail: number }) => void;
  /** A sideways swipe anywhere on the panel steps (use-swipe). */
  swipe: ReturnType<typeof useSwipe>;
}

/** Whether the dialog gives the moment's photo the screen: a real photo does, the artwork keeps its panel. */
export const photoHero = (moment: Moment) => moment.photo?.image !== undefined;

const panelClass = {
  artwork: 'max-w-6xl rounded-3xl p-4 shadow-2xl ring-1 ring-white/10 sm:p-8 sm:pt-4',
  // A phone's whole width and height; from 1024 px the screen less a strip of backdrop (DIALOG
  // in domain/photo-layout.ts), the photo and the text side by side within it.
  hero: 'min-h-svh pb-6 lg:flex lg:h-[calc(100svh-1.5rem)] lg:min-h-0 lg:flex-col lg:rounded-3xl lg:p-4 lg:shadow-2xl lg:ring-1 lg:ring-white/10',
};

/** What the moment dialog shows: the moment, its pager and Close, on a panel over the wall. */
export function MomentPanel({ ref, moment, total, neighbours, filtered, linkFor, onClose, swipe }: MomentPanelProps) {
  const hero = photoHero(moment);
  return (
    <div
      ref={ref}
      data-panel
      // The browser only pans the panel vertically: sideways is the swipe's.
      {...swipe}
      className={`relative touch-pan-y w-full bg-night-900 ${hero ? panelClass.hero : panelClass.artwork}`}
    >
      {/* Close stays at the top of the screen however far the reader has scrolled the panel. */}
      <div className={`pointer-events-none sticky top-3 z-10 mb-2 flex justify-end ${hero ? 'px-3 pt-3 lg:p-0' : 'sm:-mr-4'}`}>
        <button
          type="button"
          onClick={(event) => onClose(event)}
          className="pointer-events-auto inline-flex min-h-10 pointer-coarse:min-h-11 items-center gap-2 rounded-full border border-white/20 px-4 py-2 text-sm font-semibold bg-night-900/90 hover:bg-white/10"
        >
          <Icon name="close" />
          Close
        </button>
      </div>
      <MomentDetail
        moment={moment}
        total={total}
        headingId="dialog-heading"
        headingLevel={2}
        pager={<MomentPager neighbours={neighbours} filtered={filtered} linkFor={linkFor} />}
        hero={hero}
        ahead={[neighbours.previous, neighbours.next]}
      />
    </div>
  );
}
