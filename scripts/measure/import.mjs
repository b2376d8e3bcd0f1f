// The import's budget of issue 24, printed (not asserted): `npm run bench:import [-- --n 1000]`.
// Makes N photos as an agency delivers them (scripts/measure/agency-photo.mjs; small pixels, as the
// import decodes none, but a delivery's metadata: a 250-character Getty caption with its dateline
// and credit, 2 to 4 people of 150, 15 keywords, alt text on most, XMP with 2 KB of padding, IPTC-IIM
// beside it in the JPEGs, EXIF with time, serial and GPS; JPEG, PNG, WebP and TIFF, and a few
// copies under another name) into .bench/import/photos-N/ (kept), then times
// `node scripts/import/import.mjs` into a new catalogue, and again (everything already there).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { agencyPhoto } from './agency-photo.mjs';
import { mulberry32 } from './mulberry32.mjs';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' } } });
const N = Number(values.n);
const BUDGET_S = 30;
const root = resolve(import.meta.dirname, '../..');
const folder = join(root, `.bench/import/photos-${N}`);
const catalog = join(root, '.bench/import/catalog.json');

const FIRST = ['Aurora', 'Milo', 'June', 'Sol', 'Reneé', 'Karol', 'Noor', 'Ines', 'Tomás', 'Zoë', 'Kai', 'Priya', 'Jonas', 'Amara', 'Léa'];
const LAST = ['Vale', 'Park', 'Okafor', 'Reyes', 'Rapp', 'Lindqvist', 'Bell', 'Haddad', 'Nakamura', 'Müller'];
const PEOPLE = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
const MONTH_DAY = 'SEPTEMBER 12';

async function makePhotos() {
  mkdirSync(folder, { recursive: true });
  const next = mulberry32(24);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const copies = Math.max(1, Math.round(N / 100));
  for (let i = 0; i < N - copies; i += 1) {
    const people = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(PEOPLE));
    const shown = next() < 0.1 ? people.map((name) => name.toUpperCase()) : people;
    const minutes = 19 * 60 + Math.floor(next() * 240);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`;
    const caption = `NEWARK, NEW JERSEY - ${MONTH_DAY}: (L-R) ${people.join(', ')} attend the 2031 Lantern Awards at Prudential Center on September 12, 2031 in Newark, New Jersey. (Photo by Kevin Mazur/Getty Images for Lantern)`;
    const xmp = {
      caption,
      photographer: 'Kevin Mazur',
      credit: 'Getty Images for Lantern',
      headline: '2031 Lantern Awards - Backstage',
      event: '2031 Lantern Awards',
      dateCreated: `2031-09-12T${time}`,
      sublocation: 'Prudential Center',
      city: 'Newark',
      state: 'New Jersey',
      keywords: ['Arts Culture and Entertainment', 'Music', 'Award', 'Backstage', 'Celebrities', 'Attending', 'Newark - New Jersey', 'USA', 'Prudential Center', 'Lantern Awards', 'Annual Event', 'Photography', 'Vertical', ...people.slice(0, 2)],
      people: shown,
      ...(next() < 0.8 ? { alt: `${people.join(' and ')} smiling backstage` } : {}),
    };
    const roll = next();
    const format = roll < 0.7 ? 'jpeg' : roll < 0.85 ? 'png' : roll < 0.95 ? 'webp' : 'tiff';
    const iim = format === 'jpeg' ? { caption, photographer: 'Kevin Mazur', credit: 'Getty Images for Lantern', keywords: xmp.keywords, dateCreated: '20310912', timeCreated: `${time.replace(/:/g, '')}-0400`, city: 'Newark', state: 'New Jersey' } : undefined;
    const name = `GettyImages-${String(2031000000 + i)}.${{ jpeg: 'jpg', png: 'png', webp: 'webp', tiff: 'tif' }[format]}`;
    const bytes = await agencyPhoto({ format, width: 160, height: 107, seed: i + 1, xmp, xmpPadding: 2048, iim, taken: `2031:09:12 ${time}`, serial: `SN-${1000 + i}` });
    writeFileSync(join(folder, name), bytes);
  }
  const originals = readdirSync(folder).sort();
  for (let i = 0; i < copies; i += 1) copyFileSync(join(folder, originals[i * 7]), join(folder, `copy-${i}-${originals[i * 7]}`));
}

function timedImport() {
  const started = performance.now();
  const result = spawnSync('node', ['scripts/import/import.mjs', folder, '--catalog', catalog], { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const totals = result.stdout.split('\n').find((line) => /^\d+ added/.test(line)) ?? result.stderr.trim();
  return { seconds, totals, status: result.status };
}

if (!existsSync(folder) || readdirSync(folder).length !== N) {
  rmSync(folder, { recursive: true, force: true });
  console.error(`making ${N} agency photos in ${folder}…`);
  await makePhotos();
}
rmSync(catalog, { force: true });
const first = timedImport();
const second = timedImport();
console.log(`npm run import, ${N} photos (${availableParallelism()} cores), into a new catalogue: ${first.seconds.toFixed(1)} s (budget ${BUDGET_S} s) — ${first.totals}`);
console.log(`again, everything already there: ${second.seconds.toFixed(1)} s — ${second.totals}`);
if (first.status !== 0 || second.status !== 0) process.exitCode = 1;
