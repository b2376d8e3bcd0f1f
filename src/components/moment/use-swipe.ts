import { useRef, type PointerEvent } from 'react';

/** How far a finger must travel sideways, in CSS pixels, to count as a swipe. */
const SWIPE_DISTANCE = 50;

/** Horizontal swipes on touch screens: left goes to `onNext`, right to `onPrevious`. */
export function useSwipe({ onPrevious, onNext }: { onPrevious?: () => void; onNext?: () => void }) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      // A live region (the share toast) is not a place to swipe from.
      const inStatus = event.target instanceof Element && event.target.closest('[role="status"]');
      if (event.pointerType !== 'mouse' && !inStatus) start.current = { x: event.clientX, y: event.clientY };
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      if (dx < 0) onNext?.();
      else onPrevious?.();
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
