import { AnimatePresence, LazyMotion, MotionConfig } from 'framer-motion';
import { useEffect, useRef } from 'react';
import { matchPath, Route, Routes, useLocation } from 'react-router';
import { MomentDialog } from '../components/moment/moment-dialog';
import { dialogArtworkBox, returnToCard } from '../components/moment/return-to-card';
import { useDialogHistory } from '../components/moment/use-dialog-history';
import { useScrollReset } from '../components/ui/use-scroll-reset';
import { setReflowMotion } from '../components/wall/reflow-motion';
import { useTheRestOfTheWords } from '../content/words';
import { readCardState, readDialogState } from '../domain/dialog-state';
import { titleFor } from '../head';
import { paths } from '../paths';
import { MomentRoute } from './moment';
import { NotFoundRoute } from './not-found';
import { PageRoute } from './page';
import { useFirstPaintLocation } from './use-first-paint-location';
import { useFolderAddress } from './use-folder-address';
import { WallRoute } from './wall';

/** Layout animations (and the wall's reflow) are needed only once someone filters or opens a moment: load them when idle. */
const loadMotionFeatures = () =>
  new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 200)))
    .then(() => import('../motion-features'))
    .then((module) => {
      setReflowMotion(module.reflow);
      return module.default;
    });

/**
 * React Router's modal pattern: a moment opened from the wall carries the wall's location in
 * history state, so the wall stays mounted (scroll and filters intact) and the moment renders
 * over it. The same address opened cold has no such state and renders as a page.
 * See docs/decisions/001-moment-dialog-route.md.
 */
export function Root({ hydrateAt }: { hydrateAt?: string }) {
  const location = useFolderAddress(useFirstPaintLocation(useLocation(), hydrateAt));
  const dialog = readDialogState(location.state);
  const dialogSlug = dialog && matchPath(paths.moment.path, location.pathname)?.params.slug;
  const title = titleFor(location.pathname, location.search);
  const page = dialogSlug ? dialog.background : location;
  const shown = useRef<string | undefined>(undefined);
  const { closing, close } = useDialogHistory(dialogSlug ? dialog : undefined);
  useScrollReset(page.pathname);
  useTheRestOfTheWords();

  useEffect(() => {
    document.title = title;
  }, [title]);

  // When the dialog closes, the wall shows the card of the moment last on screen, focused, and
  // the artwork glides back into it from the closing dialog; "Back to the wall" from a moment's
  // own page lands on its card too.
  const returnTo = dialogSlug ? undefined : readCardState(location.state);
  useEffect(() => {
    if (dialogSlug) {
      shown.current = dialogSlug;
      return;
    }
    const last = shown.current;
    shown.current = undefined;
    if (last) returnToCard(last, dialogArtworkBox());
    else if (returnTo) returnToCard(returnTo);
  }, [dialogSlug, returnTo]);

  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <MotionConfig reducedMotion="user">
        {/* A dialog over the wall is modal: the browser makes the wall inert behind it. */}
        <div className="flex min-h-dvh flex-col">
          <Routes location={page}>
            <Route index element={<WallRoute />} />
            <Route path={paths.moment.path} element={<MomentRoute />} />
            <Route path={paths.page.path} element={<PageRoute />} />
            <Route path="*" element={<NotFoundRoute />} />
          </Routes>
        </div>
        <AnimatePresence>
          {dialogSlug && (
            <MomentDialog
              key="moment-dialog"
              slug={dialogSlug}
              state={dialog}
              closing={closing}
              onClose={close}
            />
          )}
        </AnimatePresence>
      </MotionConfig>
    </LazyMotion>
  );
}

