// The photo budgets of issue #17, printed (not asserted): run `npm run bench:photos`.
//   1. WebP, AVIF and JPEG on one 18-megapixel photo: bytes and encode time (why WebP, effort 2).
//   2. A cold encode of BENCH_PHOTOS (default 12) photos of 12-24 megapixels into an empty cache,
//      then the same again (a rebuild after a caption edit: nothing to encode).
//   3. On dist-sample/ (npm run sample, or the e2e test, builds it), a 390×844 phone at 3×: the
//      image bytes of the first screen, and the first card's file against one encoded at exactly
//      the size it is drawn.
// Photos are generated (scripts/measure/generated-photo.mjs) into .bench/photos/ and kept.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import { createServer, preview } from 'vite';
import { findChromium } from './find-chromium.mjs';
import { generatedPhoto } from './generated-photo.mjs';

const root = resolve(import.meta.dirname, '../..');
const folder = join(root, '.bench/photos');
mkdirSync(folder, { recursive: true });
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function photo(name, options) {
  const file = join(folder, name);
  if (!existsSync(file)) writeFileSync(file, await generatedPhoto({ ...options, quality: 92 }));
  return file;
}

// 1. Formats.
sharp.concurrency(1);
const big = await photo('format-18mp.jpg', { width: 5640, height: 3172, seed: 7, label: 'Backstage' });
const { data, info } = await sharp(big).resize(2133).raw().toBuffer({ resolveWithObject: true });
console.log('1. one 5,640×3,172 photo (18 MP), one libvips thread each:');
for (const [name, encode] of [
  ['WebP q75 effort 2 (chosen)', (s) => s.webp({ quality: 75, effort: 2 })],
  ['WebP q75 effort 4', (s) => s.webp({ quality: 75, effort: 4 })],
  ['AVIF q50 effort 2', (s) => s.avif({ quality: 50, effort: 2 })],
  ['AVIF q50 effort 4 (default)', (s) => s.avif({ quality: 50, effort: 4 })],
  ['JPEG q78 (fallback)', (s) => s.jpeg({ quality: 78 })],
]) {
  const cells = [];
  for (const width of [1086, 2133]) {
    const started = performance.now();
    const out = await encode(sharp(data, { raw: info }).resize(width)).toBuffer();
    cells.push(`${width} px: ${kb(out.length)} in ${(performance.now() - started).toFixed(0)} ms`);
  }
  console.log(`   ${name.padEnd(28)} ${cells.join('   ')}`);
}

// 2. Cold encode, then a rebuild.
const count = Number(process.env.BENCH_PHOTOS) || 12;
const shapes = [[4240, 2832], [4896, 3264], [5472, 3648], [6000, 4000], [3264, 4896]];
const photos = [];
for (let index = 0; index < count; index++) {
  const [width, height] = shapes[index % shapes.length];
  photos.push(await photo(`p${index}-${width}x${height}.jpg`, { width, height, seed: 100 + index, label: `#${index + 1}` }));
}
const cache = mkdtempSync(join(tmpdir(), 'bench-photos-'));
process.env.PHOTO_CACHE = cache;
const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
const { attachPhotos } = await vite.ssrLoadModule('/scripts/build/photos/pipeline.ts');
const base = JSON.parse(readFileSync(join(root, 'content/sample/catalog.json'), 'utf8'));
const catalog = { ...base, moments: photos.map((file, index) => ({ ...base.moments[index % base.moments.length], number: index + 1, slug: `photo-${index + 1}`, photo: { src: file } })) };
let started = performance.now();
const cold = await attachPhotos(catalog, join(folder, 'catalog.json'));
const coldTime = performance.now() - started;
started = performance.now();
const warm = await attachPhotos(catalog, join(folder, 'catalog.json'));
const warmTime = performance.now() - started;
await vite.close();
rmSync(cache, { recursive: true, force: true });
console.log(`2. ${count} photos of 12-24 MP: cold encode ${seconds(coldTime)} (${cold.encoded} encoded, ${cold.files.size} files; ${seconds(coldTime / count)} a photo, so ${seconds((coldTime / count) * 100)} for 100); rebuild ${seconds(warmTime)} (${warm.encoded} encoded)`);

// 3. The first screen of a phone.
if (!existsSync(join(root, 'dist-sample/index.html'))) {
  console.log('3. skipped: dist-sample/ is missing (npm run sample builds it)');
} else {
  const server = await preview({ root, logLevel: 'error', build: { outDir: 'dist-sample' }, preview: { host: '127.0.0.1', port: 0 } });
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const sizes = new Map();
  page.on('response', async (response) => {
    if (response.url().includes('/photos/')) sizes.set(new URL(response.url()).pathname, (await response.body()).length);
  });
  await page.goto(`${origin}/`);
  await page.waitForLoadState('networkidle');
  const shown = await page.$$eval('picture img', (images) =>
    images
      .filter((img) => img.getBoundingClientRect().top < innerHeight)
      .map((img) => {
        const box = img.getBoundingClientRect();
        return { file: new URL(img.currentSrc).pathname, drawn: Math.round(Math.max(box.width, box.height * (img.naturalWidth / img.naturalHeight)) * devicePixelRatio) };
      }),
  );
  const firstScreen = shown.reduce((sum, image) => sum + (sizes.get(image.file) ?? 0), 0);
  const loaded = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
  console.log(`3. 390×844 at 3×: first screen ${shown.length} photo(s), ${kb(firstScreen)} (budget 250 KB); ${sizes.size} photo files loaded by the time the network is idle (lazy ones near the screen too), ${kb(loaded)}`);
  const first = shown[0];
  const source = join(root, 'content/sample/photos', base.moments[0].photo.src.replace(/^photos\//, ''));
  const exact = await sharp(source).rotate().resize(first.drawn).webp({ quality: 75, effort: 2 }).toBuffer();
  const served = sizes.get(first.file);
  console.log(`   first card: ${first.file} ${kb(served)} for ${first.drawn} px drawn; encoded at exactly ${first.drawn} px: ${kb(exact.length)}; ratio ${(served / exact.length).toFixed(2)} (budget 1.2)`);
  await browser.close();
  await server.close();
}
