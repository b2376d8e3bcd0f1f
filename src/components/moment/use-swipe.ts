import { useRef, type PointerEvent } from 'react';

/** How far a finger must travel sideways, in CSS pixels, to count as a swipe. */
const SWIPE_DISTANCE = 50;

/** A zoomed photo under the panel takes every drag: it pans, it never steps (zoomable-photo.tsx). */
const zoomedWithin = (element: Element) => element.querySelector('[data-zoomed]') !== null;

/**
 * Horizontal swipes on touch screens: left goes to `onNext`, right to `onPrevious`. One finger
 * only, and only while no photo is zoomed: a pinch, or a drag on a zoomed photo, is not a swipe.
 */
export function useSwipe({ onPrevious, onNext }: { onPrevious?: () => void; onNext?: () => void }) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const fingers = useRef(0);
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.pointerType === 'mouse') return;
      // The first finger down starts the count afresh (an up missed elsewhere is forgotten).
      fingers.current = event.isPrimary ? 1 : fingers.current + 1;
      // A live region (the share toast) is not a place to swipe from.
      const inStatus = event.target instanceof Element && event.target.closest('[role="status"]');
      start.current = fingers.current === 1 && !inStatus && !zoomedWithin(event.currentTarget) ? { x: event.clientX, y: event.clientY } : null;
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      if (event.pointerType === 'mouse') return;
      fingers.current = Math.max(0, fingers.current - 1);
      const from = start.current;
      start.current = null;
      if (!from || zoomedWithin(event.currentTarget)) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      if (dx < 0) onNext?.();
      else onPrevious?.();
    },
    onPointerCancel() {
      fingers.current = Math.max(0, fingers.current - 1);
      start.current = null;
    },
  };
}
