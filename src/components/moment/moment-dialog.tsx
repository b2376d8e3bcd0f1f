import { m, useIsPresent } from 'framer-motion';
import { useRef } from 'react';
import { catalog, getMoment } from '../../content/catalog';
import type { Moment } from '../../content/types';
import type { DialogState } from '../../domain/dialog-state';
import { neighbours } from '../../domain/neighbours';
import { parseFilters } from '../../domain/query';
import { stepOrder } from '../../domain/step-order';
import { paths } from '../../paths';
import { MomentPanel, photoHero } from './moment-panel';
import type { PagerLink } from './moment-pager';
import { useArrowKeys } from './use-arrow-keys';
import { useArtworkGlide } from './use-artwork-glide';
import { useBackdropClose } from './use-backdrop-close';
import { useModalDialog } from './use-modal-dialog';
import { useMomentSteps } from './use-moment-steps';
import { useSwipe } from './use-swipe';

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
  const moment = getMoment(slug);
  const { order, filtered } = stepOrder(catalog.moments, parseFilters(state.background.search, catalog).filters, slug);
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
  const { ref, onCancel, onKeyDown } = useModalDialog(open, onClose);
  const { backdrop, onClick } = useBackdropClose(panel, onClose);
  useArtworkGlide(ref, slug, open);

  if (!moment) return null;

  return (
    // The dialog is the backdrop: it covers the screen, scrolls, and centres the panel. Its
    // ::backdrop stays clear, so it fades in and out as one with the panel.
    <m.dialog
      ref={ref}
      aria-labelledby="dialog-heading"
      aria-modal="true"
      tabIndex={-1}
      inert={!open}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
      {...backdrop}
      className={`fixed inset-0 z-50 m-0 block size-full max-h-none max-w-none overflow-y-auto overscroll-contain overscroll-x-none border-0 bg-night-950/90 p-0 text-white outline-none backdrop-blur-sm backdrop:bg-transparent ${open ? '' : 'pointer-events-none'}`}
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0, transition: { duration: 0.2 } }}
    >
      <div
        className={`flex min-h-full items-start justify-center ${photoHero(moment) ? 'lg:items-center lg:p-3' : 'p-3 sm:items-center sm:p-6'}`}
        onClick={onClick}
      >
        <MomentPanel
          ref={panel}
          moment={moment}
          total={catalog.moments.length}
          neighbours={neighbours(order, slug)}
          filtered={filtered}
          linkFor={linkFor}
          onClose={onClose}
          swipe={swipe}
        />
      </div>
    </m.dialog>
  );
}
