/**
 * The zoom of a photo shown whole, as plain numbers: how much it is enlarged and how far it is
 * moved. The gesture library, the keys and the buttons only say what the person did; these
 * functions decide where the photo ends up, and which file of the ladder it then needs.
 *
 * The photo is drawn in a frame `box` (CSS px) and moved by `translate(x, y) scale(scale)` about
 * the frame's centre. A point is given from the frame's centre, in CSS px.
 */
export interface Zoom {
  scale: number;
  x: number;
  y: number;
}
export interface Box {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

export const FIT: Zoom = { scale: 1, x: 0, y: 0 };
/** A double tap (or double click) goes this far, centred where it landed. */
export const CLOSER = 2.5;
/** Enough to see a face in a crowd; the ladder goes up to the original's width for it. */
export const MOST = 5;
/** One press of + or −, one Zoom in or Zoom out. */
const STEP = 1.5;
/** How far one arrow key moves a zoomed photo, as a share of the frame. */
const NUDGE = 0.1;

export const isZoomed = (zoom: Zoom) => zoom.scale > 1;

/** Keeps the scale within fit and MOST, and the photo over its whole frame (no empty edge). */
export function clamp(zoom: Zoom, box: Box): Zoom {
  const scale = Math.min(Math.max(zoom.scale, 1), MOST);
  const within = (at: number, size: number) => {
    const most = ((scale - 1) * size) / 2;
    return Math.min(Math.max(at, -most), most) || 0;
  };
  return { scale, x: within(zoom.x, box.width), y: within(zoom.y, box.height) };
}

/** To `scale`, keeping the point of the photo under `at` where it is (a pinch, a wheel). */
export function zoomAt(zoom: Zoom, scale: number, at: Point, box: Box): Zoom {
  const target = Math.min(Math.max(scale, 1), MOST);
  const grow = target / zoom.scale;
  return clamp({ scale: target, x: at.x - (at.x - zoom.x) * grow, y: at.y - (at.y - zoom.y) * grow }, box);
}

/** A double tap: back to fit when zoomed, else CLOSER with the point tapped brought to the middle. */
export function toggleAt(zoom: Zoom, at: Point, box: Box): Zoom {
  if (isZoomed(zoom)) return FIT;
  // The point tapped, on the photo as drawn at fit, moves to the frame's centre.
  return clamp({ scale: CLOSER, x: -at.x * CLOSER, y: -at.y * CLOSER }, box);
}

/** + and −, Zoom in and Zoom out: one step about the middle of what is seen. */
export function stepZoom(zoom: Zoom, direction: 1 | -1, box: Box): Zoom {
  return zoomAt(zoom, zoom.scale * STEP ** direction, { x: 0, y: 0 }, box);
}

/** A drag while zoomed: the photo follows the finger or the mouse. */
export function panBy(zoom: Zoom, dx: number, dy: number, box: Box): Zoom {
  return clamp({ ...zoom, x: zoom.x + dx, y: zoom.y + dy }, box);
}

/** An arrow key while zoomed: the view moves that way, so the photo moves the other way. */
export function nudge(zoom: Zoom, key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown', box: Box): Zoom {
  const [dx, dy] = ({ ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] } as const)[key];
  return panBy(zoom, dx * box.width * NUDGE, dy * box.height * NUDGE, box);
}

/**
 * The file the zoom needs: the narrowest of `widths` (ascending) at least as wide as the photo
 * is now drawn in device pixels, or the widest there is.
 */
export function widthFor(widths: readonly number[], zoom: Zoom, box: Box, density: number): number {
  const needed = box.width * zoom.scale * density;
  return widths.find((width) => width >= needed) ?? widths.at(-1)!;
}

/** What a screen reader hears: "Zoom 250 %", or that the photo fits. */
export const zoomLabel = (zoom: Zoom) => (isZoomed(zoom) ? `Zoom ${Math.round(zoom.scale * 100)} %` : 'Zoom: whole photo');
