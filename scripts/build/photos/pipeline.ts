/**
 * The photos of a catalogue, read and encoded at build: for each moment with a `photo`, its file
 * (relative to the catalogue file) is read, checked and hashed; a photo encoded before with the
 * same bytes and settings comes from the cache (settings.ts), the others are encoded, one per
 * core at a time. The moments get `photo.image` (size, encoded widths, focus), the page's
 * stylesheet one rule per photo (css.ts), and the build the list of files to publish.
 *
 * A photo that is missing, not an image, or cannot be decoded fails the build naming the
 * catalogue file, the moment, its slug and the field; one narrower than the layout shows it is
 * a warning (it is never enlarged).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { LARGEST_WIDTH, photoFile, type PhotoFormat, type PhotoImage } from '../../../src/domain/photo-layout.ts';
import { ContentError } from '../../../src/content/validate.ts';
import type { Catalog, Moment } from '../../../src/content/types';
import { encodedName, encodePhoto, readSize, type Encoded } from './encode.ts';
import { inPool } from '../in-pool.ts';
import { photoProblem } from './problems.ts';
import { ENCODING, PHOTO_CACHE } from './settings.ts';

export interface CatalogPhotos {
  catalog: Catalog;
  /** Published address (/photos/…) → the cached file to copy there. */
  files: Map<string, string>;
  /** Each photo's placeholder, keyed by moment slug. */
  placeholders: Map<string, { placeholder: string; image: PhotoImage }>;
  warnings: string[];
  /** How many photos were encoded now (the rest came from the cache). */
  encoded: number;
}

const where = (moment: Moment) => `moment ${moment.number} "${moment.slug}", field "photo.src"`;

/**
 * Reads, checks and encodes (or takes from the cache) every photo of `catalog`, which was read
 * from `catalogFile` (named `shownAs` in messages). Throws one ContentError listing every bad photo.
 */
export async function attachPhotos(catalog: Catalog, catalogFile: string, shownAs = catalogFile): Promise<CatalogPhotos> {
  const base = dirname(resolve(catalogFile));
  const problems: string[] = [];
  const warnings: string[] = [];
  const jobs: { moment: Moment; bytes: Buffer; key: string; shown: string }[] = [];
  for (const moment of catalog.moments) {
    if (!moment.photo) continue;
    const path = resolve(base, moment.photo.src);
    const shown = relative(process.cwd(), path) || path;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(`${where(moment)}: cannot read "${shown}" (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code})`);
      continue;
    }
    try {
      await readSize(bytes);
    } catch (error) {
      problems.push(`${where(moment)}: ${photoProblem(error, shown)}`);
      continue;
    }
    const key = createHash('sha256').update(ENCODING).update(bytes).digest('hex').slice(0, 16);
    jobs.push({ moment, bytes, key, shown });
  }

  const results = new Map<Moment, { key: string; encoded: Encoded }>();
  let encodedNow = 0;
  const workers = Math.max(1, Number(process.env.PHOTO_WORKERS) || availableParallelism());
  await inPool(jobs, workers, async ({ moment, bytes, key, shown }) => {
    const folder = join(PHOTO_CACHE, key);
    const meta = join(folder, 'meta.json');
    try {
      let encoded = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as Encoded) : undefined;
      const complete = (done: Encoded) =>
        (['webp', 'jpeg'] as const).every((format) => done[format].every((width) => existsSync(join(folder, encodedName(width, format)))));
      if (!encoded || !complete(encoded)) {
        encoded = await encodePhoto(bytes, folder);
        encodedNow += 1;
      }
      results.set(moment, { key, encoded });
    } catch (error) {
      problems.push(`${where(moment)}: ${photoProblem(error, shown)}`);
    }
  });
  if (problems.length > 0) throw new ContentError(problems, shownAs);

  const files = new Map<string, string>();
  const placeholders = new Map<string, { placeholder: string; image: PhotoImage }>();
  const moments = catalog.moments.map((moment) => {
    const result = results.get(moment);
    if (!moment.photo || !result) return moment;
    const { key, encoded } = result;
    const job = jobs.find((item) => item.moment === moment)!;
    if (encoded.width < LARGEST_WIDTH)
      warnings.push(
        `${shownAs}: ${where(moment)}: "${job.shown}" is ${encoded.width} px wide, narrower than the ${LARGEST_WIDTH} px the moment's page shows at 3×; it is served at ${encoded.width} px, never enlarged`,
      );
    const image: PhotoImage = {
      width: encoded.width,
      height: encoded.height,
      key,
      webp: encoded.webp,
      jpeg: encoded.jpeg,
      focus: moment.photo.focus ?? [0.5, 0.5],
    };
    for (const format of ['webp', 'jpeg'] as PhotoFormat[])
      for (const width of image[format]) files.set(photoFile(key, width, format), join(PHOTO_CACHE, key, encodedName(width, format)));
    placeholders.set(moment.slug, { placeholder: encoded.placeholder, image });
    return { ...moment, photo: { ...moment.photo, image } };
  });
  return { catalog: { ...catalog, moments }, files, placeholders, warnings, encoded: encodedNow };
}
