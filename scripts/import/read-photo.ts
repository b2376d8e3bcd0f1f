/**
 * Reads one photo's metadata, without decoding its pixels: sharp reads the container's header
 * (every format the build accepts, WebP included, and tells HEVC from AV1 in a HEIF) and hands
 * over its XMP, EXIF and IPTC blocks; exifr parses them into plain objects. Decides nothing.
 */
import * as exifrModule from 'exifr';
import sharp, { type Metadata } from 'sharp';
import { heicProblem, photoProblem } from '../build/photos/problems.ts';
import type { RawMetadata } from './photo-fields.ts';

// exifr's ES module build leaves `sidecar` out of its default export (its CommonJS build, which
// Node loads, has it there): take the functions from whichever the loader gave.
const exifrDefault = exifrModule.default as { sidecar?: unknown } | undefined;
const exifr = (typeof exifrDefault?.sidecar === 'function' ? exifrModule.default : exifrModule) as Pick<typeof exifrModule, 'parse' | 'sidecar'>;

export type ReadPhoto = { ok: true; raw: RawMetadata } | { ok: false; reason: string };

const EXIF_FIELDS = ['DateTimeOriginal', 'SubSecTimeOriginal'];

/** The metadata of the photo at `path` (named `shown` in a reason), or why it cannot be imported. */
export async function readPhoto(path: string, shown: string): Promise<ReadPhoto> {
  let meta: Metadata;
  try {
    meta = await sharp(path).metadata();
  } catch (error) {
    return { ok: false, reason: photoProblem(error, shown) };
  }
  if (meta.format === 'heif' && meta.compression === 'hevc') return { ok: false, reason: heicProblem(shown) };
  try {
    const raw: RawMetadata = {};
    if (meta.xmp) raw.xmp = (await exifr.sidecar(meta.xmp, { reviveValues: false }, 'xmp')) as Record<string, unknown> | undefined;
    // EXIF as sharp gives it starts "Exif\0\0" before its TIFF header; a TIFF file is its own.
    const exifTiff = meta.exif ? meta.exif.subarray(meta.exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0) : meta.format === 'tiff' ? path : undefined;
    if (exifTiff) raw.exif = await exifr.parse(exifTiff, { pick: EXIF_FIELDS, reviveValues: false });
    // IPTC-IIM, in a JPEG's APP13 or a TIFF's tag: exifr reads it from the file.
    if (meta.iptc) raw.iim = await exifr.parse(path, { tiff: false, xmp: false, iptc: true, mergeOutput: false }).then((out) => out?.iptc);
    return { ok: true, raw };
  } catch (error) {
    return { ok: false, reason: `"${shown}": its metadata cannot be read (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})` };
  }
}
