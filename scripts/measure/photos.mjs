// The photo budgets of issues #17 and #22, printed (not asserted): run `npm run bench:photos`.
//   1. WebP, AVIF and JPEG on one 18-megapixel photo: bytes and encode time (why WebP, effort 2).
//   1c. The zoom's files above the ladder's top on the same photo: formats, qualities, efforts.
//   1b. The build's own encode (encodePhoto) of one photo of each shape of the 100-photo build: CPU
//      time per photo, the files it writes, and the 100-photo cold build those add up to.
//   2. Whole builds (`npm run build` of a catalogue of N photos, in a child process): cold (an
//      empty photo cache) and warm (a caption edited, no photo changed), each with its wall time,
//      CPU time (user + system: the machine is shared, so wall time depends on the load printed
//      beside it; CPU / 2 is what 2 idle cores would take) and peak memory (the largest resident
//      set of the build's processes). 20 and 200 photos of 9 MP (one photo, each file its own
//      bytes), 100 photos of 12-24 MP, and a warm build of 1,000 photos whose cache is seeded.
//   3. On dist-sample/ (built here when missing), a 390×844 phone at 3×: the image bytes fetched
//      before the first scroll (lazy ones near the screen too), and the first card's file
//      against one encoded at exactly the size it is drawn.
// BENCH_BUILDS=20,200,100x24,1000 picks the builds (default all of them); BENCH_SKIP=1,1c,1b,3 skips parts.
// Photos are generated (scripts/measure/generated-photo.mjs) into .bench/photos/ and kept.
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import { createServer, preview } from 'vite';
import { findChromium } from './find-chromium.mjs';
import { generatedPhoto } from './generated-photo.mjs';
import { syntheticCatalog } from './synthetic-catalog.mjs';

const root = resolve(import.meta.dirname, '../..');
const folder = join(root, '.bench/photos');
mkdirSync(folder, { recursive: true });
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const load = () => `load ${loadavg()[0].toFixed(1)}`;
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
let vite;
/** A module of the project's TypeScript, loaded through Vite. */
async function project(path) {
  vite ??= await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  return vite.ssrLoadModule(path);
}

async function photo(name, options) {
  const file = join(folder, name);
  if (!existsSync(file)) writeFileSync(file, await generatedPhoto({ ...options, quality: 92 }));
  return file;
}

// 1. Formats.
if (!skip.has('1')) {
  sharp.concurrency(1);
  const big = await photo('format-18mp.jpg', { width: 5640, height: 3172, seed: 7, label: 'Backstage' });
  const { data, info } = await sharp(big).resize(2133).raw().toBuffer({ resolveWithObject: true });
  console.log(`1. one 5,640×3,172 photo (18 MP), one libvips thread each (CPU time; ${load()}):`);
  for (const [name, encode] of [
    ['WebP q75 effort 2 (chosen)', (s) => s.webp({ quality: 75, effort: 2 })],
    ['WebP q75 effort 4', (s) => s.webp({ quality: 75, effort: 4 })],
    ['AVIF q50 effort 2', (s) => s.avif({ quality: 50, effort: 2 })],
    ['AVIF q50 effort 4 (default)', (s) => s.avif({ quality: 50, effort: 4 })],
    ['JPEG q78 (fallback)', (s) => s.jpeg({ quality: 78 })],
  ]) {
    const cells = [];
    for (const width of [1086, 2133]) {
      const before = process.cpuUsage();
      const out = await encode(sharp(data, { raw: info }).resize(width)).toBuffer();
      const used = process.cpuUsage(before);
      cells.push(`${width} px: ${kb(out.length)} in ${((used.user + used.system) / 1000).toFixed(0)} ms`);
    }
    console.log(`   ${name.padEnd(28)} ${cells.join('   ')}`);
  }
}

// 1c. The zoom's files above the ladder's top (3,413 px and the original's 5,640), on the same
// 18 MP photo decoded whole: what each format and setting costs and weighs (settings.ts, ZOOM_WEBP).
if (!skip.has('1c')) {
  sharp.concurrency(1);
  const big = await photo('format-18mp.jpg', { width: 5640, height: 3172, seed: 7, label: 'Backstage' });
  const { data, info } = await sharp(big).raw().toBuffer({ resolveWithObject: true });
  console.log(`1c. the zoom's files of that photo, from its decoded pixels, one libvips thread (CPU time; ${load()}):`);
  for (const [name, encode] of [
    ['WebP q75 effort 2 (the ladder)', (s) => s.webp({ quality: 75, effort: 2 })],
    ['WebP q65 effort 0 (chosen)', (s) => s.webp({ quality: 65, effort: 0 })],
    ['WebP q65 effort 1', (s) => s.webp({ quality: 65, effort: 1 })],
    ['JPEG q78 (the fallback)', (s) => s.jpeg({ quality: 78 })],
    ['JPEG q70', (s) => s.jpeg({ quality: 70 })],
    ['JPEG q70 mozjpeg', (s) => s.jpeg({ quality: 70, mozjpeg: true })],
    ['JPEG q70 4:4:4', (s) => s.jpeg({ quality: 70, chromaSubsampling: '4:4:4' })],
  ]) {
    const cells = [];
    for (const width of [3413, 5640]) {
      const before = process.cpuUsage();
      const image = sharp(data, { raw: info });
      const out = await encode(width < info.width ? image.resize(width) : image).toBuffer();
      const used = process.cpuUsage(before);
      cells.push(`${width} px: ${kb(out.length).padStart(7)} in ${((used.user + used.system) / 1000).toFixed(0).padStart(4)} ms`);
    }
    console.log(`   ${name.padEnd(32)} ${cells.join('   ')}`);
  }
}

// 1b. One photo's encode, the build's own (encodePhoto), on the five shapes the 100-photo build
// cycles through: CPU time per photo (one libvips thread, as the build runs one photo per core)
// and the 100-photo cold build those costs add up to on 2 idle cores (encode only: the rest of
// the build, about 15 s, comes on top). Cheap next to part 2's 100-photo build.
const SHAPES = [[4240, 2832], [4896, 3264], [5472, 3648], [6000, 4000], [3264, 4896]];
const largePhotos = async () => {
  const made = [];
  for (const [index, [width, height]] of SHAPES.entries()) made.push(await photo(`p${index}-${width}x${height}.jpg`, { width, height, seed: 100 + index, label: `#${index + 1}` }));
  return made;
};
if (!skip.has('1b')) {
  const { encodePhoto } = await project('/scripts/build/photos/encode.ts');
  const out = join(root, '.bench/photo-encode');
  console.log(`1b. encodePhoto on one photo of each shape of the 100-photo build (CPU time; ${load()}):`);
  let total = 0;
  for (const file of await largePhotos()) {
    const bytes = readFileSync(file);
    rmSync(out, { recursive: true, force: true });
    const before = process.cpuUsage();
    const started = performance.now();
    const encoded = await encodePhoto(bytes, out, [0.5, 0.5]);
    const used = process.cpuUsage(before);
    const cpu = (used.user + used.system) / 1000;
    total += cpu;
    const zoom = encoded.zoom?.length ? `, zoom ${encoded.zoom.join(', ')}` : '';
    const bytesOut = readdirSync(out).reduce((sum, name) => sum + readFileSync(join(out, name)).length, 0);
    console.log(`   ${`${encoded.width}×${encoded.height}`.padEnd(10)} CPU ${seconds(cpu)}, wall ${seconds(performance.now() - started)} (${load()}); ${readdirSync(out).length - 1} files, ${kb(bytesOut)}; top ${encoded.webp.at(-1)} px${zoom}`);
  }
  rmSync(out, { recursive: true, force: true });
  console.log(`   100 such photos: ${seconds(total * 20)} CPU, ${seconds((total * 20) / 2)} on 2 idle cores (encode only; budget 180 s for the whole build)`);
}

// 2. Whole builds.
const TIME = '/usr/bin/time';
/** `npm run build` of `catalog` into `dist`, with its photo cache in `cache`: wall, CPU and peak memory. */
function build(catalog, dist, cache) {
  const timed = existsSync(TIME);
  const started = performance.now();
  const result = spawnSync(timed ? TIME : 'npm', timed ? ['-v', 'npm', 'run', 'build'] : ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', CATALOG: catalog, DIST: dist, PHOTO_CACHE: cache },
  });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`the build of ${catalog} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-3000)}`);
  const field = (name) => Number(new RegExp(`${name}[^:]*: ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
  const encoded = /photos: \d+ files, (\d+) photo/.exec(result.stdout)?.[1] ?? '?';
  return { wall, cpu: (field('User time') + field('System time')) * 1000, peak: field('Maximum resident set size') * 1024, encoded, load: load() };
}
const row = (label, { wall, cpu, peak, encoded, load: at }) =>
  `${label} ${seconds(wall)} wall (${at}), CPU ${seconds(cpu)} (÷2 cores: ${seconds(cpu / 2)}), peak ${(peak / 2 ** 20).toFixed(0)} MB, ${encoded} encoded`;

/** A copy of `source` with its own bytes (a JPEG reader stops at the end-of-image marker, so the pixels are the same). */
function ownCopy(source, target, index) {
  writeFileSync(target, Buffer.concat([readFileSync(source), Buffer.from(`\0backstage bench copy ${index}`)]));
}

/** A catalogue of `count` synthetic moments whose photos are own copies of `sources`, in `dir`. */
function photoCatalog(dir, count, sources) {
  mkdirSync(join(dir, 'photos'), { recursive: true });
  const catalog = syntheticCatalog(count);
  catalog.moments.forEach((moment, index) => {
    const name = `photos/p${index + 1}.jpg`;
    if (!existsSync(join(dir, name))) ownCopy(sources[index % sources.length], join(dir, name), index);
    moment.photo = { src: name };
  });
  const file = join(dir, 'catalog.json');
  writeFileSync(file, JSON.stringify(catalog));
  return { file, catalog };
}
const editCaption = ({ file, catalog }, round) => {
  catalog.moments[0].caption = `A caption edited for the rebuild (${round}):`;
  writeFileSync(file, JSON.stringify(catalog));
};

if (!skip.has('2')) {
  const wanted = (process.env.BENCH_BUILDS ?? '20,200,100x24,1000').split(',');
  const nine = await photo('nine-mp.jpg', { width: 3680, height: 2456, seed: 9, label: '9 MP' });
  const large = await largePhotos();
  console.log(`2. whole builds (npm run build in a child; ${existsSync(TIME) ? 'peak memory from /usr/bin/time -v' : 'no /usr/bin/time: no CPU or memory figures'}):`);
  for (const name of wanted) {
    const [count, kind] = name.split('x');
    const dir = join(root, '.bench/photo-builds', name);
    const cache = join(dir, 'cache');
    const dist = join('.bench/photo-builds', name, 'dist');
    if (count === '1000') {
      // A warm build of 1,000 photos, each its own bytes, without encoding 1,000: the cache is
      // seeded with one encoded photo's files under each photo's key (hard links), then one build
      // reads and hashes every photo (no manifest yet) and the next one is the caption edit.
      const made = photoCatalog(dir, 1000, [nine]);
      rmSync(cache, { recursive: true, force: true });
      process.env.PHOTO_CACHE = cache;
      const { attachPhotos, cacheKey, contentHash } = await project('/scripts/build/photos/pipeline.ts');
      const first = await attachPhotos({ ...made.catalog, moments: made.catalog.moments.slice(0, 1) }, made.file);
      const from = join(cache, first.catalog.moments[0].photo.image.key);
      for (let index = 1; index < 1000; index++) {
        const to = join(cache, cacheKey(contentHash(readFileSync(join(dir, `photos/p${index + 1}.jpg`))), [0.5, 0.5]));
        mkdirSync(to, { recursive: true });
        for (const file of readdirSync(from)) if (!existsSync(join(to, file))) linkSync(join(from, file), join(to, file));
      }
      const hashing = build(made.file, dist, cache);
      console.log(row(`   1,000 photos of 9 MP, seeded cache, no manifest (reads and hashes each):`, hashing));
      editCaption(made, 1);
      console.log(row(`   1,000 photos, caption edit (the manifest):`, build(made.file, dist, cache)));
      continue;
    }
    const made = photoCatalog(dir, Number(count), kind ? large : [nine]);
    rmSync(cache, { recursive: true, force: true });
    const label = `   ${count} photos of ${kind ? '12-24' : '9'} MP`;
    console.log(row(`${label}, cold:`, build(made.file, dist, cache)));
    editCaption(made, 1);
    console.log(row(`${label}, warm (caption edit):`, build(made.file, dist, cache)));
    // One photo saved again (same bytes, a new modification time): read and hashed, not encoded.
    const later = new Date(Date.now() + 1000);
    utimesSync(join(dir, 'photos/p1.jpg'), later, later);
    editCaption(made, 2);
    console.log(row(`${label}, one photo touched:`, build(made.file, dist, cache)));
    rmSync(join(root, dist), { recursive: true, force: true });
  }
}

// 3. The first screen of a phone.
if (!skip.has('3')) {
  if (!existsSync(join(root, 'dist-sample/index.html'))) {
    const made = spawnSync('node', ['scripts/serve/sample.mjs', '--build'], { cwd: root, stdio: 'inherit' });
    if (made.status !== 0) process.exit(made.status ?? 1);
  }
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
  // Lazy images near the screen are fetched once the page is idle: give them a moment, no scroll.
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  const shown = await page.$$eval('picture img', (images) =>
    images
      .filter((img) => img.getBoundingClientRect().top < innerHeight)
      .map((img) => {
        const box = img.getBoundingClientRect();
        return { file: new URL(img.currentSrc).pathname, slug: img.closest('[data-slug]')?.getAttribute('data-slug'), width: box.width, height: box.height };
      }),
  );
  const fetched = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
  const onScreen = shown.reduce((sum, image) => sum + (sizes.get(image.file) ?? 0), 0);
  console.log(`3. 390×844 at 3× (${load()}): ${sizes.size} photo files fetched before the first scroll, ${kb(fetched)} (budget 250 KB); the ${shown.length} on screen ${kb(onScreen)}`);
  for (const [file, bytes] of sizes) console.log(`   ${file} ${kb(bytes)}`);
  // The first card against its own crop encoded at exactly the size drawn (3×), and at the 2× it is served for.
  const base = JSON.parse(readFileSync(join(root, 'content/sample/catalog.json'), 'utf8'));
  const first = shown[0];
  const moment = base.moments.find((m) => m.slug === first.slug);
  const source = join(root, 'content/sample', moment.photo.src);
  const { cropAround, CARD_ASPECT } = await project('/src/domain/photo-layout.ts');
  const exactly = async (width) => {
    let image = sharp(await sharp(source).rotate().toBuffer());
    if (cropAround) {
      const { width: w, height: h } = await image.metadata();
      image = image.extract(cropAround(w, h, CARD_ASPECT, moment.photo.focus ?? [0.5, 0.5]));
    }
    return (await image.resize(Math.round(width)).webp({ quality: 75, effort: 2 }).toBuffer()).length;
  };
  const served = sizes.get(first.file);
  const [at3, at2] = [await exactly(first.width * 3), await exactly(first.width * 2)];
  console.log(
    `   first card: ${first.file} ${kb(served)} for ${Math.round(first.width * 3)} px drawn; its crop encoded at exactly ${Math.round(first.width * 3)} px: ${kb(at3)}, ratio ${(served / at3).toFixed(2)} (budget 1.2); at exactly the 2× it is served for (${Math.round(first.width * 2)} px): ${kb(at2)}, ratio ${(served / at2).toFixed(2)}`,
  );
  await browser.close();
  await server.close();
}
await vite?.close();
