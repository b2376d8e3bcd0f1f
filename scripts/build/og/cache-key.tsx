/**
 * What a preview image is cached under: a hash of what it draws. satori gets a React element, so
 * its static markup holds every drawn input (words, sizes, colours, the artwork's SVG as a data
 * address) and every style the drawing code gives them; OG_DRAWING adds what the markup cannot
 * show: the fonts, satori/resvg and the JPEG settings. A field that is not drawn (the photo's
 * alt text, its link) leaves the key as it was.
 */
import { createHash } from 'node:crypto';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { JPEG, PHOTO_JPEG, WIDTH, HEIGHT } from './parts';

/** Bump when the fonts, satori, resvg or sharp change how the same markup is painted. */
export const OG_DRAWING = `og-2 ${WIDTH}x${HEIGHT} ${JSON.stringify(JPEG)} ${JSON.stringify(PHOTO_JPEG)}`;

export function imageKey(element: ReactElement): string {
  return createHash('sha256').update(OG_DRAWING).update('\0').update(renderToStaticMarkup(element)).digest('hex').slice(0, 32);
}
