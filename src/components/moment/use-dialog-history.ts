import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useLocation, useNavigate, type Location } from 'react-router';
import type { DialogState } from '../../domain/dialog-state';

/*
 * The one owner of the dialog's moves through history when hands are quick. Opening pushes one
 * entry, closing goes back over it exactly once, and the clicks, keys and Backs that arrive
 * before the screen has caught up are decided here, not at each button:
 *
 *   closed ──card click──▶ opening ──shown──▶ open ──Close/Escape/backdrop──▶ closing ──gone──▶ closed
 *
 * - opening: a second click on a card (the tail of a double click) opens nothing more.
 * - closing: further closes do nothing; the dialog takes no pointer events and the wall is live.
 */

/** Set by a card's click until the app has shown where it went. */
let opening = false;

/**
 * A card link's onClick. The first plain click opens the moment; another before the app has
 * drawn the dialog (a double click) is cancelled, so one dialog adds one history entry. So is
 * any click that is the second of a double click (detail 2 or more): it belongs to the click
 * before it, which opened this card's moment already or closed the dialog over this card (a
 * closing dialog lets clicks through to the wall, and Firefox and WebKit deliver the second click
 * of a double click on Close to the card beneath, which reopened a moment).
 */
export function openOnce(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (opening || event.detail > 1) event.preventDefault();
  else opening = true;
}

/** React Router's index of the current history entry; 0 for the first entry of this tab. */
function historyIndex(): number | undefined {
  const state: unknown = window.history.state;
  const index = typeof state === 'object' && state !== null ? (state as { idx?: unknown }).idx : undefined;
  return typeof index === 'number' ? index : undefined;
}

export interface DialogHistory {
  /** True from the moment a close starts until the dialog is gone from history. */
  closing: boolean;
  /**
   * Closes the dialog: back over its entry, once. A click that is the second of a double click
   * never closes (it belongs to the click before it, which opened the dialog or closed it).
   */
  close: (event?: { detail: number }) => void;
}

export function useDialogHistory(dialog: DialogState | undefined): DialogHistory {
  const location = useLocation();
  const navigate = useNavigate();
  // Closing is per entry shown: a Back then a Forward shows the entry anew, open again.
  const [closingAt, setClosingAt] = useState<Location | null>(null);
  const closedAt = useRef<Location | null>(null);
  const shown = useRef({ location, dialog });
  const mounted = useRef(false);

  useLayoutEffect(() => {
    shown.current = { location, dialog };
    opening = false;
    // The browser keeps a scroll mode per history entry. A dialog's entry is 'manual', so a
    // reload of it (a page of its own) starts at the top, not at the wall's scroll; replacing
    // the entry when stepping keeps the mode. Other entries are 'auto', so Back restores the
    // wall's place; but not on the first render, which must not undo a reloaded dialog entry's.
    if (dialog) window.history.scrollRestoration = 'manual';
    else if (mounted.current) window.history.scrollRestoration = 'auto';
    mounted.current = true;
  }, [location, dialog]);

  function close(event?: { detail: number }) {
    const { location: here, dialog: open } = shown.current;
    if (!open || closedAt.current === here || (event && event.detail > 1)) return;
    closedAt.current = here;
    setClosingAt(here);
    // Never history.back() from the first entry of the tab: that would leave the site.
    if (historyIndex() === 0) {
      const { pathname, search } = open.background;
      navigate(`${pathname}${search}`, { replace: true, preventScrollReset: true });
    } else {
      navigate(-1);
    }
  }

  return { closing: dialog !== undefined && closingAt === location, close };
}
