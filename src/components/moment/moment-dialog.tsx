import { m, useIsPresent } from 'framer-motion';
import { useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { catalog, getMoment } from '../../content/catalog';
import type { Moment } from '../../content/types';
import type { DialogState } from '../../domain/dialog-state';
import { neighbours } from '../../domain/neighbours';
import { parseFilters } from '../../domain/query';
import { stepOrder } from '../../domain/step-order';
import { paths } from '../../paths';
import { trapTab } from './focus-trap';
import { MomentDetail } from './moment-detail';
import { MomentPager, type PagerLink } from './moment-pager';
import { useArrowKeys } from './use-arrow-keys';
import { useMomentSteps } from './use-moment-steps';
import { useSwipe } from './use-swipe';
import { Icon } from '../ui/icon';

interface MomentDialogProps {
  slug: string;
  state: DialogState;
  /** A close has started: the dialog is on its way out and no longer takes input. */
  closing: boolean;
  /** Asks to close; the caller decides whether this one counts (see use-dialog-history). */
  onClose: (event?: { detail: number }) => void;
}

/** A moment over the wall it was opened from; previous/next stay within that wall's filter. */
export function MomentDialog({ slug, state, closing, onClose }: MomentDialogProps) {
  const panel = useRef<HTMLDivElement>(null);
  const tapOutside = useRef(false);
  const moment = getMoment(slug);
  const { order, filtered } = stepOrder(catalog.moments, parseFilters(state.background.search, catalog).filters, slug);
  const around = neighbours(order, slug);
  // Moving replaces the entry, so one Back closes the dialog; the wall behind keeps its scroll.
  const linkFor = (other: Moment): PagerLink => ({
    to: paths.moment.getHref(other.slug),
    state,
    replace: true,
    preventScrollReset: true,
  });
  const step = useMomentSteps(order, slug, linkFor);
  const swipe = useSwipe(step);
  useArrowKeys(step);

  // Open: shown, and neither closing nor fading out after a Back. A Forward straight after a
  // Back brings the same dialog back, open again.
  const open = useIsPresent() && !closing;

  // Before paint, so no key press can land outside the dialog it opened; the wall scrolls
  // again the moment the dialog starts to go.
  useLayoutEffect(() => {
    if (!open) return;
    panel.current?.focus({ preventScroll: true });
    const root = document.documentElement;
    root.classList.add('overflow-hidden');
    return () => root.classList.remove('overflow-hidden');
  }, [open]);

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
    if (event.target === event.currentTarget) onClose(event);
  };
  // A tap: Chromium moves a tap near the panel onto the panel (touch adjustment), so a tap on
  // the thin strip beside it on a phone is told by where the finger went down and up.
  const outside = ({ clientX: x, clientY: y }: PointerEvent) => {
    const box = panel.current?.getBoundingClientRect();
    return box !== undefined && (x < box.left || x > box.right || y < box.top || y > box.bottom);
  };
  const onBackdropTap = {
    onPointerDown: (event: PointerEvent) => {
      tapOutside.current = event.pointerType !== 'mouse' && outside(event);
    },
    onPointerUp: (event: PointerEvent) => {
      if (tapOutside.current && outside(event)) onClose();
      tapOutside.current = false;
    },
  };

  return (
    <m.div
      inert={!open}
      className={`fixed inset-0 z-50 overflow-y-auto overscroll-contain overscroll-x-none bg-night-950/90 backdrop-blur-sm ${open ? '' : 'pointer-events-none'}`}
      onClick={onBackdrop}
      {...onBackdropTap}
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
          // A sideways swipe anywhere on the panel steps; the browser only pans it vertically.
          {...swipe}
          className="relative touch-pan-y w-full max-w-6xl rounded-3xl bg-night-900 p-4 shadow-2xl ring-1 ring-white/10 focus:outline-none sm:p-8 sm:pt-4"
        >
          {/* Close stays at the top of the screen however far the reader has scrolled the panel. */}
          <div className="pointer-events-none sticky top-3 z-10 mb-2 flex justify-end sm:-mr-4">
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
            total={catalog.moments.length}
            headingId="dialog-heading"
            headingLevel={2}
            // The opener's card grows into the dialog and back (framer-motion); a moment stepped
            // to swaps in place, and glides to its card on close (return-to-card.ts).
            artworkLayoutId={moment.slug === state.opener ? `art-${moment.slug}` : undefined}
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
