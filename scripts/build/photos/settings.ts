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
import { CARD_ASPECT, CARD_WIDTHS, JPEG_WIDTHS, WEBP_WIDTHS } from '../../../src/domain/photo-layout.ts';

export const WEBP = { quality: 75, effort: 2 } as const;
export const JPEG = { quality: 78 } as const;
/** JPEG has no transparency: a transparent photo is laid on the frame's colour (night-900). */
export const JPEG_BACKGROUND = '#0e0a1a';

/** Kept between builds, outside dist/ (PHOTO_CACHE=folder moves it). */
export const PHOTO_CACHE = process.env.PHOTO_CACHE ?? 'node_modules/.cache/backstage-photos';

/** Everything that changes the encoded files; part of each photo's cache key. */
export const ENCODING = JSON.stringify({
  version: 2,
  vips: sharp.versions.vips,
  webp: WEBP,
  jpeg: JPEG,
  background: JPEG_BACKGROUND,
  webpWidths: WEBP_WIDTHS,
  jpegWidths: JPEG_WIDTHS,
  cardWidths: CARD_WIDTHS,
  cardAspect: CARD_ASPECT,
  placeholder: 'thumbhash-webp-1',
});
