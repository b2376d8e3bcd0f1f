/**
 * A moment's real photo for its link-preview image: the 4:3 panel beside the words, cropped
 * around the photo's focus, from the JPEG the build already published (dist/photos/), as a
 * data address satori can draw. Its bytes are part of the card's markup, so of its cache key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { cropAround, photoFile, type PhotoImage } from '../../../src/domain/photo-layout';

/** The panel's size in the 1200×630 card (moment-card.tsx). */
export const PANEL_WIDTH = 560;
export const PANEL_HEIGHT = 420;

export async function photoPanel(image: PhotoImage, dist: string): Promise<string> {
  // Drawn at 2× the panel, the smallest published JPEG that covers it.
  const scale = Math.max((PANEL_WIDTH * 2) / image.width, (PANEL_HEIGHT * 2) / image.height);
  const needed = Math.ceil(image.width * scale);
  const width = image.jpeg.find((w) => w >= needed) ?? image.jpeg.at(-1)!;
  const source = readFileSync(join(dist, photoFile(image.key, width, 'jpeg')));
  const height = Math.round((width * image.height) / image.width);
  const jpeg = await sharp(source)
    .extract(cropAround(width, height, PANEL_WIDTH / PANEL_HEIGHT, image.focus))
    .resize(PANEL_WIDTH, PANEL_HEIGHT)
    .jpeg({ quality: 85 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
