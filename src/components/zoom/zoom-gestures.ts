/**
 * The pinch (two fingers, a trackpad's pinch, Ctrl and the wheel) and the drag that pans a zoomed
 * photo, by @use-gesture (its vanilla build, the two gestures only): loaded after the page, in a
 * chunk of its own, and listening on the photo's surface alone, never on an element that holds
 * a control, so a tap on a button after a pinch is a plain click.
 */
import { createGesture, dragAction, pinchAction } from '@use-gesture/vanilla';
import { isZoomed, MOST, panBy, zoomAt } from '../../domain/zoom';
import type { ZoomHandle } from './use-zoom';

const gesture = createGesture([dragAction, pinchAction]);

export function attachGestures(surface: HTMLElement, zoom: ZoomHandle): () => void {
  const recognizer = gesture(
    surface,
    {
      onPinch: ({ offset: [scale], origin: [x, y] }) => {
        zoom.set(zoomAt(zoom.get(), scale, zoom.point(x, y), zoom.box()));
      },
      // Pans whenever the photo is zoomed and one finger (or the mouse) moves it: never held
      // back by a pinch that the library still counts as under way (a wheel's ends 300 ms late).
      onDrag: ({ delta: [dx, dy], touches }) => {
        const now = zoom.get();
        if (!isZoomed(now) || touches > 1) return;
        zoom.set(panBy(now, dx, dy, zoom.box()));
      },
    },
    {
      // Each pinch starts from the zoom as it is (the keys and buttons change it too).
      pinch: { from: () => [zoom.get().scale, 0], scaleBounds: { min: 1, max: MOST } },
      // The arrow keys are use-zoom's; a click after a drag is not this layer's to swallow.
      drag: { pointer: { keys: false }, filterTaps: false },
    },
  );
  return () => recognizer.destroy();
}
