/**
 * The photos of a catalogue, read and encoded at build, a few at a time: for each moment with a
 * `photo`, its file (relative to the catalogue file) is looked up in the manifest (manifest.ts)
 * by its path, size and modification time. A photo found there, whose encoded files are all in
 * the cache, is neither opened nor hashed. The others are read, checked, hashed and encoded (or
 * taken from the cache when the same bytes were encoded before with the same settings and
 * focus), at most one per core at once, so memory does not grow with the number of photos. The
 * moments get `photo.image` (size, encoded widths, focus), the page's stylesheet one rule per
 * photo (css.ts), and the build the list of files to publish.
 *
 * A photo that is missing, not an image, or cannot be decoded fails the build naming the
 * catalogue file, the moment, its slug and the field; one narrower than the layout shows it is
 * a warning (it is never enlarged).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { LARGEST_WIDTH, photoFile, type PhotoImage } from '../../../src/domain/photo-layout.ts';
import { ContentError } from '../../../src/content/validate.ts';
import type { Catalog, Moment } from '../../../src/content/types';
import { encodedName, encodePhoto, FORMATS, readSize, type Encoded } from './encode.ts';
import { inPool } from '../in-pool.ts';
import { readManifest, writeManifest, type Manifest } from './manifest.ts';
import { photoProblem } from './problems.ts';
import { ENCODING, PHOTO_CACHE } from './settings.ts';

/** What a build did with its photos' files: the tests and the benchmark read it. */
export interface PhotoWork {
  /** Photo files opened and read whole (each one read is hashed: a manifest miss). */
  read: number;
  /** Photos encoded now (the rest came from the cache). */
  encoded: number;
  /** The most photos being read, checked or encoded at once. */
  mostAtOnce: number;
}

export interface CatalogPhotos {
  catalog: Catalog;
  /** Published address (/photos/…) → the cached file to copy there. */
  files: Map<string, string>;
  /** Each photo's placeholder, keyed by moment slug. */
  placeholders: Map<string, { placeholder: string; image: PhotoImage }>;
  warnings: string[];
  work: PhotoWork;
}

export interface PhotoOptions {
  /** Photos handled at once; default PHOTO_WORKERS or one per core. */
  workers?: number;
}

const where = (moment: Moment) => `moment ${moment.number} "${moment.slug}", field "photo.src"`;

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : String(code);
}

/** What names a photo's bytes (settings aside). */
export const contentHash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** A photo's cache folder: its bytes' hash, the settings and its focus (the card's crop). */
export const cacheKey = (hash: string, focus: readonly [number, number], encoding = ENCODING) =>
  createHash('sha256').update(encoding).update(JSON.stringify(focus)).update(hash).digest('hex').slice(0, 16);

/** What the cache holds for `key`, when every file of it is there. */
function cached(key: string): Encoded | undefined {
  const folder = join(PHOTO_CACHE, key);
  let encoded: Encoded;
  try {
    encoded = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as Encoded;
  } catch {
    return undefined;
  }
  const complete = FORMATS.every((format) => encoded[format]?.every((width) => existsSync(join(folder, encodedName(width, format)))));
  return complete ? encoded : undefined;
}

/**
 * Reads, checks and encodes (or takes from the cache) every photo of `catalog`, which was read
 * from `catalogFile` (named `shownAs` in messages). Throws one ContentError listing every bad photo.
 */
export async function attachPhotos(catalog: Catalog, catalogFile: string, shownAs = catalogFile, options: PhotoOptions = {}): Promise<CatalogPhotos> {
  const base = dirname(resolve(catalogFile));
  // By moment, so that they are listed in the catalogue's order whatever order they were found in.
  const problems = new Map<Moment, string>();
  const warnings: string[] = [];
  const manifest: Manifest = readManifest(PHOTO_CACHE);
  const work: PhotoWork = { read: 0, encoded: 0, mostAtOnce: 0 };
  let atOnce = 0;
  // Two moments with the same photo (and focus) share one encode.
  const encoding = new Map<string, Promise<Encoded>>();

  const results = new Map<Moment, { key: string; encoded: Encoded; shown: string }>();

  /** One photo: from the manifest and the cache, or read, hashed and encoded. Returns what is wrong with it. */
  async function attach(moment: Moment, path: string, shown: string, focus: [number, number]): Promise<string | undefined> {
    let stat;
    try {
      stat = statSync(path);
      if (stat.isDirectory()) return `cannot read "${shown}" (a folder, not a file)`;
    } catch (error) {
      return `cannot read "${shown}" (${unreadable(error)})`;
    }
    const known = manifest.photos[path];
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      const key = cacheKey(known.hash, focus);
      const encoded = cached(key);
      if (encoded) return void results.set(moment, { key, encoded, shown });
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return `cannot read "${shown}" (${unreadable(error)})`;
    }
    work.read += 1;
    const hash = contentHash(bytes);
    const key = cacheKey(hash, focus);
    let encoded = cached(key);
    if (!encoded) {
      let pending = encoding.get(key);
      if (!pending) {
        // Checked before it is decoded: a file that is no image gets its own message.
        pending = readSize(bytes).then(() => encodePhoto(bytes, join(PHOTO_CACHE, key), focus));
        encoding.set(key, pending);
        work.encoded += 1;
      }
      try {
        encoded = await pending;
      } catch (error) {
        // The cache folder cannot be written: the machine's to fix, not the editor's.
        if (typeof (error as NodeJS.ErrnoException).code === 'string') throw error;
        return photoProblem(error, shown);
      }
    }
    manifest.photos[path] = { size: stat.size, mtimeMs: stat.mtimeMs, hash };
    results.set(moment, { key, encoded, shown });
    return undefined;
  }
  const photos = catalog.moments.filter((moment) => moment.photo);
  const workers = Math.max(1, options.workers ?? (Number(process.env.PHOTO_WORKERS) || availableParallelism()));
  await inPool(photos, workers, async (moment) => {
    atOnce += 1;
    work.mostAtOnce = Math.max(work.mostAtOnce, atOnce);
    const path = resolve(base, moment.photo!.src);
    const shown = relative(process.cwd(), path) || path;
    const focus = moment.photo!.focus ?? [0.5, 0.5];
    try {
      const problem = await attach(moment, path, shown, focus);
      if (problem) problems.set(moment, `${where(moment)}: ${problem}`);
    } finally {
      atOnce -= 1;
    }
  });
  if (work.read > 0) writeManifest(PHOTO_CACHE, manifest);
  if (problems.size > 0) throw new ContentError(photos.filter((moment) => problems.has(moment)).map((moment) => problems.get(moment)!), shownAs);

  const files = new Map<string, string>();
  const placeholders = new Map<string, { placeholder: string; image: PhotoImage }>();
  const moments = catalog.moments.map((moment) => {
    const result = results.get(moment);
    if (!moment.photo || !result) return moment;
    const { key, encoded, shown } = result;
    if (encoded.width < LARGEST_WIDTH)
      warnings.push(
        `${shownAs}: ${where(moment)}: "${shown}" is ${encoded.width} px wide, narrower than the ${LARGEST_WIDTH} px the moment's page shows at 3×; it is served at ${encoded.width} px, never enlarged`,
      );
    const image: PhotoImage = {
      width: encoded.width,
      height: encoded.height,
      key,
      webp: encoded.webp,
      jpeg: encoded.jpeg,
      card: encoded.card,
      zoom: encoded.zoom,
      focus: moment.photo.focus ?? [0.5, 0.5],
    };
    for (const format of FORMATS)
      for (const width of image[format]) files.set(photoFile(key, width, format), join(PHOTO_CACHE, key, encodedName(width, format)));
    placeholders.set(moment.slug, { placeholder: encoded.placeholder, image });
    return { ...moment, photo: { ...moment.photo, image } };
  });
  return { catalog: { ...catalog, moments }, files, placeholders, warnings, work };
}
