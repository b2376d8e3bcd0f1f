/**
 * `npm run import -- <folder> --catalog <file> [--event "<name>"]`: drafts one moment per photo
 * of `folder` into the catalogue `file` (created when it does not exist) from the photos' own
 * IPTC/XMP metadata. The edge: reads the folder, hashes what may be a repeat, reads each photo's
 * metadata (read-photo.ts), lets draft.ts decide, writes the file whole (a temporary file beside
 * it, then a rename) and prints the summary. Exit code 1 when any file failed.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { inPool } from '../build/in-pool.ts';
import { catalogShapeProblems, draftImport, sharedSizes, type DraftCatalog, type ScannedPhoto } from './draft.ts';
import { formatCatalog } from './format-catalog.ts';
import { photoFields } from './photo-fields.ts';
import { readPhoto } from './read-photo.ts';
import { summaryLines, type Failure } from './summary.ts';

const USAGE = 'usage: npm run import -- <folder of photos> --catalog <catalogue.json> [--event "<event name>"]';
const SCHEMA = resolve(import.meta.dirname, '../../content/catalog.schema.json');

class Stop extends Error {}

const posix = (path: string) => path.split(sep).join('/');
/** A path as the summary names it: relative to where the command ran, unless it climbs out of there. */
const shownPath = (path: string) => {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
};

function hashOf(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => done(hash.digest('hex')))
      .on('error', fail);
  });
}

function readCatalog(file: string): DraftCatalog | undefined {
  if (!existsSync(file)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Stop(`${shownPath(file)} is not valid JSON (${(error as Error).message}): nothing was imported`);
  }
  const problems = catalogShapeProblems(value);
  if (problems.length > 0) throw new Stop(`${shownPath(file)} is not a catalogue to add moments to: ${problems.join('; ')}`);
  return value as DraftCatalog;
}

/** Imports; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: { catalog: { type: 'string' }, event: { type: 'string' } } });
    } catch (error) {
      throw new Stop(`${(error as Error).message}\n${USAGE}`);
    }
    const { positionals, values } = parsed;
    if (positionals.length !== 1 || !values.catalog) throw new Stop(USAGE);
    const folder = resolve(positionals[0]!);
    const file = resolve(values.catalog);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Stop(`${shownPath(folder)} is not a folder of photos\n${USAGE}`);
    const catalog = readCatalog(file);
    const base = dirname(file);

    // Every visible file of the folder (a link to one too) but the catalogue itself and a temporary copy of it.
    const failures: Failure[] = [];
    const sizes = new Map<string, number>();
    const names: string[] = [];
    const listed = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .filter((name) => join(folder, name) !== file && !name.startsWith(`${basename(file)}.`))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const name of listed) {
      try {
        const stat = statSync(join(folder, name));
        if (!stat.isFile()) continue;
        sizes.set(join(folder, name), stat.size);
        names.push(name);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        failures.push({ file: name, reason: `"${name}" cannot be read (${code === 'ENOENT' ? 'a link to no file' : code})` });
      }
    }

    // Only files of one size can be the same bytes: only those are hashed.
    const existing = new Map<string, string>();
    for (const moment of catalog?.moments ?? []) {
      if (!moment.photo) continue;
      const path = resolve(base, moment.photo.src);
      existing.set(path, moment.photo.src);
      if (!sizes.has(path) && existsSync(path)) sizes.set(path, statSync(path).size);
    }
    const toHash = sharedSizes(sizes);
    const workers = Math.max(2, availableParallelism() * 2);
    const hashes = new Map<string, string>();
    await inPool([...toHash], workers, async (path) => void hashes.set(path, await hashOf(path)));

    const photos: ScannedPhoto[] = [];
    const read = await inPool(names, workers, (name) => readPhoto(join(folder, name), name));
    names.forEach((name, index) => {
      const result = read[index]!;
      if (!result.ok) return void failures.push({ file: name, reason: result.reason });
      const path = join(folder, name);
      const hash = hashes.get(path);
      photos.push({ file: name, src: posix(relative(base, path)), ...(hash ? { hash } : {}), fields: photoFields(result.raw) });
    });

    const existingHashes = Object.fromEntries([...existing].flatMap(([path, src]) => (hashes.has(path) ? [[src, hashes.get(path)!]] : [])));
    const result = draftImport({
      ...(catalog ? { catalog } : {}),
      schema: posix(relative(base, SCHEMA)).replace(/^(?!\.)/, './'),
      existingHashes,
      photos,
      ...(values.event !== undefined ? { event: values.event } : {}),
    });

    let written: string | undefined;
    if (result.added > 0) {
      mkdirSync(base, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, formatCatalog(result.catalog));
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new Stop(`cannot write ${shownPath(file)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): it is left as it was`);
      }
      written = shownPath(file);
    }
    const heading = `Importing ${listed.length} file(s) from ${shownPath(folder)} into ${shownPath(file)}${catalog ? '' : ' (a new catalogue)'}:`;
    console.log([heading, ...summaryLines(result, failures, written)].join('\n'));
    if (written) console.log(`Next: fill in what is named above, then CATALOG=${written} npm start`);
    return failures.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`import: ${error instanceof Stop ? error.message : `stopped: ${(error as Error)?.message ?? error}`}`);
    return 1;
  }
}
