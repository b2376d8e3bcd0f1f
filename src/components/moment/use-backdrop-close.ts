import { useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';

/**
 * A click or tap on the backdrop (anything around `panel`) closes, as in every photo viewer.
 * Spread `backdrop` on the element that covers the screen; put `onClick` also on any frame of
 * its own between it and the panel.
 */
export function useBackdropClose(panel: RefObject<HTMLElement | null>, onClose: (event?: { detail: number }) => void) {
  const tapOutside = useRef(false);

  const onClick = (event: MouseEvent) => {
    if (event.target === event.currentTarget) onClose(event);
  };
  // A tap: Chromium moves a tap near the panel onto the panel (touch adjustment), so a tap on
  // the thin strip beside it on a phone is told by where the finger went down and up.
  const outside = ({ clientX: x, clientY: y }: PointerEvent) => {
    const box = panel.current?.getBoundingClientRect();
    return box !== undefined && (x < box.left || x > box.right || y < box.top || y > box.bottom);
  };
  const backdrop = {
    onClick,
    onPointerDown(event: PointerEvent) {
      tapOutside.current = event.pointerType !== 'mouse' && outside(event);
    },
    onPointerUp(event: PointerEvent) {
      if (tapOutside.current && outside(event)) onClose();
      tapOutside.current = false;
    },
  };
  return { backdrop, onClick };
}
