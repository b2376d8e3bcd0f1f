import { useLayoutEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';

/** What may take focus by Tab; `tabbable` then drops what is disabled, inert, hidden or out of the order. */
const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable]:not([contenteditable="false"]), [tabindex]';

function tabbable(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(':disabled') &&
      element.closest('[inert]') === null &&
      // jsdom has no checkVisibility; every browser the app supports has.
      (typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true })),
  );
}

/**
 * A native <dialog>, modal while `open`: shown with showModal() before paint, so the browser
 * makes the page behind inert and no key press lands outside; focus on the dialog itself; the
 * page behind does not scroll. When `open` turns false (a close has started, or a Back is
 * fading the dialog out) it stops being modal at once, so the wall takes input again while the
 * dialog goes; it is drawn until it unmounts (its `block` class), and closed when it does.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.focus({ preventScroll: true });
    const root = document.documentElement;
    root.classList.add('overflow-hidden');
    return () => {
      root.classList.remove('overflow-hidden');
      dialog.close();
    };
  }, [open]);

  return {
    ref,
    /** Any close request of the browser (the Escape key, Android's Back gesture): the app closes, through history. */
    onCancel(event: SyntheticEvent<HTMLDialogElement>) {
      event.preventDefault();
      onClose();
    },
    onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab') {
        wrapTab(event);
      }
    },
  };
}

/**
 * Tab from the last control comes round to the first, Shift+Tab from the first to the last. The
 * browser keeps focus out of the page behind a modal dialog, but lets it leave for its own
 * toolbar after the last control.
 */
function wrapTab(event: KeyboardEvent<HTMLDialogElement>) {
  const dialog = event.currentTarget;
  const focusable = tabbable(dialog);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
