/**
 * Encodes one photo into its cache folder: the WebP and JPEG widths of the layout's ladders
 * (never above the photo's own width), the card's 4:3 crops around the focus (WebP) and, for a
 * photo wider than the ladder's top, the zoom's own larger WebP files, all from one decode (a
 * JPEG shrinks as it decodes), upright (EXIF orientation applied), in sRGB (an embedded colour
 * profile is converted, then dropped), with no metadata at all: sharp writes none unless asked
 * (withMetadata, keepExif…), and this module never asks, so no camera serial or GPS position is
 * published. Then `meta.json`, written last: a folder with it is complete.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import { CARD_ASPECT, CARD_WIDTHS, cropAround, encodedName, JPEG_WIDTHS, LARGEST_WIDTH, WEBP_WIDTHS, widthsFor, zoomWidthsFor } from '../../../src/domain/photo-layout.ts';
import { JPEG, JPEG_BACKGROUND, WEBP, ZOOM_WEBP } from './settings.ts';
import { placeholderDataUrl } from './placeholder.ts';

/**
 * One libvips thread per encode: the pipeline runs one photo per core at a time. No operation
 * cache: libvips would keep recent decoded images and their pixels, which a build of a thousand
 * photos never reuses (each is decoded once), so memory would grow with the photos.
 */
sharp.concurrency(1);
sharp.cache(false);

/** What the cache keeps about a photo besides its files. */
export interface Encoded {
  width: number;
  height: number;
  webp: number[];
  jpeg: number[];
  card: number[];
  zoom: number[];
  placeholder: string;
}

/** The file's upright size, or a message saying why it cannot be read. */
export async function readSize(bytes: Buffer): Promise<{ width: number; height: number; format: string }> {
  const metadata = await sharp(bytes).metadata();
  const upright = metadata.autoOrient ?? { width: metadata.width, height: metadata.height };
  return { width: upright.width, height: upright.height, format: metadata.format };
}

const writeWhole = (file: string, bytes: Buffer | string) => {
  writeFileSync(`${file}.${process.pid}.tmp`, bytes);
  renameSync(`${file}.${process.pid}.tmp`, file);
};

export const FORMATS = ['webp', 'jpeg', 'card', 'zoom'] as const;
export { encodedName };

type Raw = { data: Buffer; info: OutputInfo };
const fromRaw = ({ data, info }: Raw) => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

/**
 * Encodes `bytes` into `folder`, the card's crops around `focus`; throws sharp's error when the
 * pixels cannot be decoded.
 */
export async function encodePhoto(bytes: Buffer, folder: string, focus: readonly [number, number]): Promise<Encoded> {
  // failOn 'error': a file cut short fails here rather than publishing a half-grey photo.
  const { width, height } = await readSize(bytes);
  const zoom = zoomWidthsFor(width);
  // Decoded once, at the widest size needed (a JPEG shrinks as it decodes), then resized from memory.
  let decoded: Raw = await sharp(bytes, { failOn: 'error' })
    .rotate()
    .resize({ width: zoom.at(-1) ?? Math.min(width, LARGEST_WIDTH), withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  mkdirSync(folder, { recursive: true });
  // The zoom's files first; then the ladders from the pixels at the ladder's top, and the larger ones let go.
  for (const target of zoom) {
    const image = target < decoded.info.width ? fromRaw(decoded).resize({ width: target }) : fromRaw(decoded);
    writeWhole(join(folder, encodedName(target, 'zoom')), await image.webp(ZOOM_WEBP).toBuffer());
  }
  if (decoded.info.width > LARGEST_WIDTH) decoded = await fromRaw(decoded).resize({ width: LARGEST_WIDTH }).raw().toBuffer({ resolveWithObject: true });
  const { info } = decoded;
  const pixels = () => fromRaw(decoded);
  // The card's crop, at the decoded size (never wider than the crop of the original).
  const crop = cropAround(info.width, info.height, CARD_ASPECT, focus);
  const encoded: Encoded = {
    width,
    height,
    webp: widthsFor(WEBP_WIDTHS, width),
    jpeg: widthsFor(JPEG_WIDTHS, width),
    card: widthsFor(CARD_WIDTHS, crop.width),
    zoom,
    placeholder: await placeholderDataUrl(pixels()),
  };
  for (const format of ['webp', 'jpeg', 'card'] as const) {
    for (const target of encoded[format]) {
      let image = format === 'card' ? pixels().extract(crop) : pixels();
      const from = format === 'card' ? crop.width : info.width;
      if (target < from) image = image.resize({ width: target });
      const out = format === 'jpeg' ? image.flatten({ background: JPEG_BACKGROUND }).jpeg(JPEG) : image.webp(WEBP);
      writeWhole(join(folder, encodedName(target, format)), await out.toBuffer());
    }
  }
  writeWhole(join(folder, 'meta.json'), `${JSON.stringify(encoded)}\n`);
  return encoded;
}
