import { describe, expect, it } from 'vitest';
import { LARGEST_WIDTH, ZOOM_LARGEST, zoomWidthsFor } from '../../../src/domain/photo-layout';
import { clamp, CLOSER, FIT, isZoomed, MOST, nudge, panBy, stepZoom, toggleAt, widthFor, zoomAt, zoomLabel } from '../../../src/domain/zoom';

const box = { width: 400, height: 300 };
/** Where a point of the photo (from the frame's centre, at fit) is drawn under `zoom`. */
const drawnAt = (zoom: { scale: number; x: number; y: number }, point: { x: number; y: number }) => ({
  x: zoom.x + point.x * zoom.scale,
  y: zoom.y + point.y * zoom.scale,
});

describe('zoom', () => {
  it('a double tap zooms to about 2.5× with the point tapped in the middle, and the next one fits again', () => {
    const zoomed = toggleAt(FIT, { x: 40, y: -30 }, box);
    expect(zoomed.scale).toBe(CLOSER);
    expect(drawnAt(zoomed, { x: 40, y: -30 })).toEqual({ x: 0, y: 0 });
    expect(toggleAt(zoomed, { x: 0, y: 0 }, box)).toEqual(FIT);
  });

  it('a double tap near an edge stops where the photo still covers its frame', () => {
    const zoomed = toggleAt(FIT, { x: 200, y: 150 }, box);
    // Right and bottom edges of the photo stay on the frame's right and bottom edges.
    expect(zoomed.x + (box.width / 2) * zoomed.scale).toBe(box.width / 2);
    expect(zoomed.y + (box.height / 2) * zoomed.scale).toBe(box.height / 2);
  });

  it('a pinch keeps the point between the fingers where it is', () => {
    const at = { x: 100, y: 50 };
    const zoomed = zoomAt(FIT, 2, at, box);
    expect(drawnAt(zoomed, { x: 100, y: 50 })).toEqual(at);
    const further = zoomAt(zoomed, 3, at, box);
    expect(further.scale).toBe(3);
    // The photo's point under the fingers, which is (100 + (100 - 0) / 2 ...) at fit: unchanged on screen.
    const point = { x: (at.x - zoomed.x) / zoomed.scale, y: (at.y - zoomed.y) / zoomed.scale };
    expect(drawnAt(further, point).x).toBeCloseTo(at.x);
    expect(drawnAt(further, point).y).toBeCloseTo(at.y);
  });

  it('never goes below fit or above the most, and at fit sits still', () => {
    expect(zoomAt(FIT, 0.3, { x: 50, y: 50 }, box)).toEqual(FIT);
    expect(zoomAt(FIT, 40, { x: 0, y: 0 }, box).scale).toBe(MOST);
    expect(panBy(FIT, 80, -20, box)).toEqual(FIT);
    expect(clamp({ scale: 1, x: 10, y: 10 }, box)).toEqual(FIT);
  });

  it('+ and − step about the middle; back down they reach fit', () => {
    const once = stepZoom(FIT, 1, box);
    expect(once).toEqual({ scale: 1.5, x: 0, y: 0 });
    expect(stepZoom(stepZoom(once, 1, box), -1, box).scale).toBeCloseTo(1.5);
    expect(stepZoom(once, -1, box)).toEqual(FIT);
    expect(isZoomed(stepZoom(once, -1, box))).toBe(false);
  });

  it('a drag pans within the edges; an arrow key moves the view its way', () => {
    const zoomed = { scale: 2, x: 0, y: 0 };
    expect(panBy(zoomed, 30, -40, box)).toEqual({ scale: 2, x: 30, y: -40 });
    expect(panBy(zoomed, 1000, 1000, box)).toEqual({ scale: 2, x: 200, y: 150 });
    // → shows more of the right: the photo moves left.
    expect(nudge(zoomed, 'ArrowRight', box).x).toBeLessThan(0);
    expect(nudge(zoomed, 'ArrowUp', box).y).toBeGreaterThan(0);
  });

  it('asks for the narrowest file at least as wide as the photo is drawn in device pixels', () => {
    const widths = [400, 800, 1600, 3200, 5640];
    expect(widthFor(widths, FIT, box, 1)).toBe(400);
    expect(widthFor(widths, FIT, box, 2)).toBe(800);
    expect(widthFor(widths, { scale: 2.5, x: 0, y: 0 }, box, 2)).toBe(3200);
    expect(widthFor(widths, { scale: 5, x: 0, y: 0 }, box, 3)).toBe(5640);
  });

  it("has files of its own above the ladder's top only where the original is wider, up to its width", () => {
    // No wider than 1.25 times the ladder's top: nothing to add.
    expect(zoomWidthsFor(800)).toEqual([]);
    expect(zoomWidthsFor(LARGEST_WIDTH)).toEqual([]);
    expect(zoomWidthsFor(2600)).toEqual([]);
    expect(zoomWidthsFor(3000)).toEqual([3000]);
    // A rung 1.6 times the top (3,413) where the original is 1.25 times wider still, then the original.
    expect(zoomWidthsFor(4240)).toEqual([4240]);
    expect(zoomWidthsFor(5640)).toEqual([3413, 5640]);
    expect(zoomWidthsFor(6000)).toEqual([3413, 6000]);
    // A panorama stops at ZOOM_LARGEST.
    expect(zoomWidthsFor(20000)).toEqual([3413, 5460, ZOOM_LARGEST]);
    // With the ladder, the zoom asks for the file it draws: 2.5× of a 1,040 px dialog photo at 1× needs 2,600 px.
    const ladder = [1087, 1196, LARGEST_WIDTH, ...zoomWidthsFor(5640)];
    expect(widthFor(ladder, { scale: 2.5, x: 0, y: 0 }, { width: 1040, height: 585 }, 1)).toBe(3413);
    expect(widthFor(ladder, { scale: 5, x: 0, y: 0 }, { width: 1040, height: 585 }, 1)).toBe(5640);
    expect(widthFor(ladder, FIT, { width: 1040, height: 585 }, 2)).toBe(LARGEST_WIDTH);
  });

  it('says the level as a person hears it', () => {
    expect(zoomLabel(FIT)).toBe('Zoom: whole photo');
    expect(zoomLabel({ scale: 2.5, x: 0, y: 0 })).toBe('Zoom 250 %');
  });
});
