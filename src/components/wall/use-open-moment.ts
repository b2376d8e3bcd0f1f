import { useCallback, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { DialogState } from '../../domain/dialog-state';
import { paths } from '../../paths';
import { openOnce } from '../moment/use-dialog-history';

/**
 * The cards' one, stable click handler: opens a moment over the wall as it is at the click. The
 * history state (the wall behind the dialog, the card to return to) is built then, so no card
 * has to read the location, or re-render, when it changes.
 */
export function useOpenMoment(): (event: MouseEvent<HTMLAnchorElement>, slug: string) => void {
  const location = useLocation();
  const navigate = useNavigate();
  const here = useRef(location);
  useLayoutEffect(() => {
    here.current = location;
  }, [location]);

  return useCallback(
    (event: MouseEvent<HTMLAnchorElement>, slug: string) => {
      openOnce(event);
      // A second click of a double click (cancelled above), or a click that opens a new tab or
      // window: the browser's, not ours.
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const state: DialogState = { background: here.current, opener: slug };
      void navigate(paths.moment.getHref(slug), { state, preventScrollReset: true });
    },
    [navigate],
  );
}
