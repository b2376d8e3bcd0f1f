import { m } from 'framer-motion';
import { useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { catalog, getMoment } from '../content/catalog';
import type { Moment } from '../content/types';
import type { DialogState } from '../domain/dialog-state';
import { filterMoments, hasFilters } from '../domain/filters';
import { neighbours } from '../domain/neighbours';
import { parseFilters } from '../domain/query';
import { paths } from '../paths';
import { trapTab } from './focus-trap';
import { MomentDetail } from './moment-detail';
import { MomentPager, type PagerLink } from './moment-pager';
import { useArrowKeys } from './use-arrow-keys';
import { useMomentSteps } from './use-moment-steps';
import { useSwipe } from './use-swipe';
import { Icon } from './icon';

interface MomentDialogProps {
  slug: string;
  state: DialogState;
  onClose: () => void;
}

/** A moment over the wall it was opened from; previous/next stay within that wall's filter. */
export function MomentDialog({ slug, state, onClose }: MomentDialogProps) {
  const panel = useRef<HTMLDivElement>(null);
  const moment = getMoment(slug);
  const { filters } = parseFilters(state.background.search, catalog);
  const inFilter = filterMoments(catalog.moments, filters);
  // The wall's filter is the order only when there is one and the moment is in it.
  const filtered = hasFilters(filters) && moment !== undefined && inFilter.includes(moment);
  const order = filtered ? inFilter : catalog.moments;
  const around = neighbours(order, slug);
  // Moving replaces the entry, so one Back closes the dialog; the wall behind keeps its scroll.
  const linkFor = (other: Moment): PagerLink => ({
    to: paths.moment.getHref(other.slug),
    state,
    replace: true,
    preventScrollReset: true,
  });
  const step = useMomentSteps(around, linkFor);
  const swipe = useSwipe(step);
  useArrowKeys(step);

  // Before paint, so no key press can land outside the dialog it opened.
  useLayoutEffect(() => {
    panel.current?.focus({ preventScroll: true });
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      root.style.overflow = overflow;
    };
  }, []);

  if (!moment) return null;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else {
      trapTab(event, panel);
    }
  }

  // A click on the backdrop (anything around the panel) closes, as in every photo viewer.
  const onBackdrop = (event: MouseEvent) => {
    if (event.target === event.currentTarget) onClose();
  };

  return (
    <m.div
      className="fixed inset-0 z-50 overflow-y-auto overscroll-contain bg-night-950/90 backdrop-blur-sm"
      onClick={onBackdrop}
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0, transition: { duration: 0.2 } }}
    >
      <div className="flex min-h-full items-start justify-center p-3 sm:items-center sm:p-6" onClick={onBackdrop}>
        <div
          ref={panel}
          role="dialog"
          aria-modal="true"
          aria-labelledby="dialog-heading"
          tabIndex={-1}
          onKeyDown={onKeyDown}
          className="relative w-full max-w-6xl rounded-3xl bg-night-900 p-4 pt-16 shadow-2xl ring-1 ring-white/10 focus:outline-none sm:p-8 sm:pt-16"
        >
          <button
            type="button"
            onClick={onClose}
            className="absolute top-4 right-4 inline-flex min-h-10 pointer-coarse:min-h-11 items-center gap-2 rounded-full border border-white/20 px-4 py-2 text-sm font-semibold hover:bg-white/10"
          >
            <Icon name="close" />
            Close
          </button>
          <MomentDetail
            moment={moment}
            total={catalog.moments.length}
            headingId="dialog-heading"
            headingLevel={2}
            artworkLayoutId={moment.slug === state.opener ? `art-${moment.slug}` : undefined}
            artworkProps={swipe}
            pager={
              <MomentPager
                neighbours={around}
                filtered={filtered}
                linkFor={linkFor}
              />
            }
          />
        </div>
      </div>
    </m.div>
  );
}
