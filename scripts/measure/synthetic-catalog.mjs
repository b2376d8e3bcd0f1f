// Writes synthetic catalogues for measuring the wall at scale: the shipped 19 moments cloned to
// N moments (unique numbers and slugs), with 60 people and 12 awards.
//
//   node scripts/measure/synthetic-catalog.mjs [outDir] [N ...]    (default: .bench/catalogs 19 200 1000 5000)
//   CATALOG=.bench/catalogs/catalog-200.json npm run build
//
// Deterministic: the same N always gives the same file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PEOPLE = 60;
export const AWARDS = 12;
export const SIZES = [19, 200, 1000, 5000];
const SHIPPED = 'content/vmas-2023.json';
const MORE_AWARDS = ['Best Hip Hop', 'Best K-Pop', 'Best Latin', 'Best Rock', 'Best Alternative', 'Song of the Year'];

const slugOf = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The shipped catalogue's moments cloned to `size` moments. The first 19 are the shipped ones;
 * each later round adds one guest to every moment (so all 60 people are used) and gives some
 * award-less moments one of the added awards.
 * @param {number} size
 * @param {{ moments: object[], people: {id: string, name: string}[], awards: {id: string, name: string}[] }} base
 */
export function syntheticCatalog(size, base = JSON.parse(readFileSync(SHIPPED, 'utf8'))) {
  const guests = Array.from({ length: Math.max(0, PEOPLE - base.people.length) }, (_, i) => ({
    id: `guest-${i + 1}`,
    name: `Guest ${i + 1}`,
  }));
  const extraAwards = MORE_AWARDS.slice(0, Math.max(0, AWARDS - base.awards.length)).map((name) => ({ id: slugOf(name), name }));
  const awards = [...base.awards, ...extraAwards];
  const moments = Array.from({ length: size }, (_, index) => {
    const original = base.moments[index % base.moments.length];
    const round = Math.floor(index / base.moments.length);
    if (round === 0) return { ...original };
    const guest = guests.length > 0 ? [guests[index % guests.length].id] : [];
    const award = original.awards.length > 0 || index % 3 !== 0 ? original.awards : [awards[index % awards.length].id];
    return {
      ...original,
      number: index + 1,
      slug: `${original.slug}-${round + 1}`,
      people: [...original.people, ...guest],
      awards: award,
    };
  });
  return { event: base.event, people: [...base.people, ...guests], awards, moments };
}

/** Writes catalog-N.json for each size into `outDir`; returns the files. */
export function writeSyntheticCatalogs(outDir, sizes = SIZES) {
  mkdirSync(outDir, { recursive: true });
  const schema = relative(outDir, resolve('content/catalog.schema.json')).split('\\').join('/');
  return sizes.map((size) => {
    const file = join(outDir, `catalog-${size}.json`);
    writeFileSync(file, `${JSON.stringify({ $schema: schema, ...syntheticCatalog(size) }, null, 1)}\n`);
    return file;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [outDir = '.bench/catalogs', ...sizes] = process.argv.slice(2);
  const wanted = sizes.length > 0 ? sizes.map(Number) : SIZES;
  if (wanted.some((size) => !Number.isInteger(size) || size < 1)) {
    console.error('Sizes must be whole numbers of moments, e.g. node scripts/measure/synthetic-catalog.mjs .bench/catalogs 19 200');
    process.exit(1);
  }
  for (const file of writeSyntheticCatalogs(outDir, wanted)) console.log(`wrote ${file}`);
}
