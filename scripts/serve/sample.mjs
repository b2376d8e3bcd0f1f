// The sample catalogue with real photo files (content/sample/catalog.json): its photos are made
// here (generated-photo.mjs), never shipped, so the project needs no licence for any of them.
// They span what editors bring: 12 to 24 megapixels, landscape, portrait and square, one stored
// turned (EXIF orientation 6), one with a camera's EXIF and GPS position, one WebP.
//
//   npm run sample              makes the photos, builds the site into dist-sample/, serves it on :4174
//   node scripts/serve/sample.mjs            only makes the photos (those already there are kept)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedPhoto } from '../measure/generated-photo.mjs';

export const SAMPLE_CATALOG = 'content/sample/catalog.json';
const FOLDER = 'content/sample/photos';

/** A camera's private fields: the build must publish none of them. */
const CAMERA = {
  IFD0: { Make: 'SampleCam', Model: 'S-1', Artist: 'A Photographer' },
  IFD2: { BodySerialNumber: 'SAMPLE-SERIAL-0001' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 44/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '74/1 10/1 0/1' },
};

export const SAMPLE_PHOTOS = [
  { file: 'aurora-vale-opens-the-night.jpg', width: 6000, height: 4000, seed: 11, label: 'Aurora' },
  { file: 'milo-and-june-share-a-laugh.jpg', width: 4000, height: 3000, seed: 12, label: 'Milo & June', exif: CAMERA },
  { file: 'sol-reyes-before-the-encore.jpg', width: 3000, height: 4500, seed: 13, label: 'Sol' },
  { file: 'the-quiet-hours-take-best-group.jpg', width: 5640, height: 3172, seed: 14, label: 'The Quiet Hours' },
  { file: 'aurora-vale-and-sol-reyes.jpg', width: 4000, height: 3000, seed: 15, label: 'Aurora & Sol', orientation: 6 },
  { file: 'june-okafor-takes-best-light-show.webp', width: 3000, height: 3000, seed: 16, label: 'June', format: 'webp' },
];

/** Writes the sample photos that are missing; returns how many it made. */
export async function writeSamplePhotos(folder = FOLDER) {
  mkdirSync(folder, { recursive: true });
  let made = 0;
  for (const { file, ...options } of SAMPLE_PHOTOS) {
    const path = join(folder, file);
    if (existsSync(path)) continue;
    writeFileSync(path, await generatedPhoto({ ...options, quality: 92 }));
    made += 1;
  }
  return made;
}

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { build: { type: 'boolean' }, serve: { type: 'boolean' }, port: { type: 'string', default: '4174' } } });
  const made = await writeSamplePhotos();
  console.log(`sample photos: ${made} made, ${SAMPLE_PHOTOS.length - made} already in ${FOLDER}/`);
  const origin = `http://localhost:${values.port}`;
  const env = { CATALOG: SAMPLE_CATALOG, DIST: 'dist-sample', SITE_ORIGIN: origin };
  if (values.build) run('npm', ['run', 'build'], env);
  if (values.serve) run('npx', ['vite', 'preview', '--strictPort', '--port', values.port], env);
}
