/**
 * A moment's real photo for its link-preview image: the 4:3 panel beside the words, cropped
 * around the photo's focus, from the JPEG the build already published (dist/photos/), as a
 * data address satori can draw. Cut only when the image is painted: its cache key names the
 * panel (`panelName`) instead of holding its bytes, so a rebuild that paints nothing decodes no
 * photo (a 1,000-photo caption edit decoded and encoded 1,000 of them, issue 22).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { cropAround, photoFile, type PhotoImage } from '../../../src/domain/photo-layout';

/** The panel's size in the 1200×630 card (moment-card.tsx). */
export const PANEL_WIDTH = 560;
export const PANEL_HEIGHT = 420;
const PANEL_JPEG = { quality: 85 };

/** Drawn at 2× the panel: the smallest published JPEG that covers it. */
function sourceWidth(image: PhotoImage): number {
  const scale = Math.max((PANEL_WIDTH * 2) / image.width, (PANEL_HEIGHT * 2) / image.height);
  const needed = Math.ceil(image.width * scale);
  return image.jpeg.find((w) => w >= needed) ?? image.jpeg.at(-1)!;
}

/**
 * What the panel is made from, in the card's markup when only its cache key is wanted: the
 * photo's key (a hash of its bytes, the encoder settings and the focus), the published file it
 * is cut from, and how it is cut. The same name is the same panel.
 */
export function panelName(image: PhotoImage): string {
  return `photo-panel:${image.key}:${sourceWidth(image)}:${PANEL_WIDTH}x${PANEL_HEIGHT}:${JSON.stringify(PANEL_JPEG)}`;
}

export async function photoPanel(image: PhotoImage, dist: string): Promise<string> {
  const width = sourceWidth(image);
  const source = readFileSync(join(dist, photoFile(image.key, width, 'jpeg')));
  const height = Math.round((width * image.height) / image.width);
  const jpeg = await sharp(source)
    .extract(cropAround(width, height, PANEL_WIDTH / PANEL_HEIGHT, image.focus))
    .resize(PANEL_WIDTH, PANEL_HEIGHT)
    .jpeg(PANEL_JPEG)
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
