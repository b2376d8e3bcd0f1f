/**
 * How photos are encoded, in one place: the cache key includes all of it, so changing a setting
 * re-encodes every photo once and nothing else does.
 *
 * WebP at effort 2 with a JPEG fallback, measured on an 18-megapixel photo on a 2-core machine
 * (npm run bench:photos prints the same table): AVIF at sharp's default effort 4 made files 30 %
 * smaller than WebP but took 20-35 times longer (20 s for one 2400 px file), which a cold build
 * of 100 photos cannot afford; AVIF at effort 2 was no smaller than WebP and three times slower.
 * WebP at effort 2 costs 7 % more bytes than at effort 4 for a third of the time. Every browser
 * in use reads WebP; the JPEG ladder is for the rest.
 */
import sharp from 'sharp';
import { CARD_ASPECT, CARD_WIDTHS, JPEG_WIDTHS, WEBP_WIDTHS, zoomWidthsFor } from '../../../src/domain/photo-layout.ts';

export const WEBP = { quality: 75, effort: 2 } as const;
export const JPEG = { quality: 78 } as const;
/**
 * The zoom's files above the ladder's top (photo-layout.ts, zoomWidthsFor), WebP only: a
 * browser without it zooms the JPEG ladder's top. On the 18 MP photo at 3,413 and 5,640 px, CPU
 * time on one libvips thread at load 9 (npm run bench:photos, part 1c): WebP q75 effort 2 (the
 * ladder's) 0.49 + 0.76 s for 279 + 582 KB; WebP q65 effort 0 0.22 + 0.37 s for 235 + 490 KB;
 * JPEG q70 0.12 + 0.20 s but 2.5 times the bytes (536 + 1,259 KB); mozjpeg 4 times slower. A
 * person zooming waits for these bytes, the build pays the time once: WebP at effort 0 (3 % more
 * bytes than effort 1, two thirds of its time). q65 rather than the ladder's q75: a fifth fewer
 * bytes (q75 at effort 0: 290 + 633 KB), for pixels a zoom shows at their own size or enlarged,
 * where grain hides the difference.
 */
export const ZOOM_WEBP = { quality: 65, effort: 0 } as const;
/** JPEG has no transparency: a transparent photo is laid on the frame's colour (night-900). */
export const JPEG_BACKGROUND = '#0e0a1a';

/** Kept between builds, outside dist/ (PHOTO_CACHE=folder moves it). */
export const PHOTO_CACHE = process.env.PHOTO_CACHE ?? 'node_modules/.cache/backstage-photos';

/** Everything that changes the encoded files; part of each photo's cache key. */
export const ENCODING = JSON.stringify({
  version: 3,
  vips: sharp.versions.vips,
  webp: WEBP,
  jpeg: JPEG,
  zoom: ZOOM_WEBP,
  background: JPEG_BACKGROUND,
  webpWidths: WEBP_WIDTHS,
  jpegWidths: JPEG_WIDTHS,
  cardWidths: CARD_WIDTHS,
  cardAspect: CARD_ASPECT,
  // The zoom's rungs, as the widths they give the widest photos.
  zoomWidths: [2666, 6000, 20000].map(zoomWidthsFor),
  placeholder: 'thumbhash-webp-1',
});
