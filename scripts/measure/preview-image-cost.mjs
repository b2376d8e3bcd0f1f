// What one link-preview image costs to draw, by way of drawing it (issue 16: "the drawing itself
// must get cheaper: measure the options"). Lays out the shipped catalogue's 20 images (the wall's
// and 19 moments') with the build's own cards (scripts/build/og/, loaded through Vite), then
// paints each one several ways and prints, per way, the CPU time per image of painting and JPEG
// encoding (user + system, all threads, median of the 20 after a warm-up round), the JPEG size
// and how far its pixels are from today's JPEG. Changes nothing; the build keeps its own path.
//
//   node scripts/measure/preview-image-cost.mjs [rounds] [dir]
//
// 3 rounds by default, the first a warm-up; with a dir, each way's JPEGs of the wall and the
// first moment are written there to be looked at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rounds = Math.max(2, Number(process.argv[2] ?? 3));
const lookDir = process.argv[3];
// As the build: one libvips thread per image (the build paints one image per core).
sharp.concurrency(1);

const require = createRequire(import.meta.url);
const fonts = [400, 700, 800].map((weight) => ({
  name: 'Inter',
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
  weight,
  style: 'normal',
}));

/** CPU milliseconds (user + system, every thread of this process) that `work` takes. */
async function cpu(work) {
  const before = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1_000 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const vite = await createServer({ root, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, watch: null } });
  try {
    const images = await vite.ssrLoadModule('/scripts/build/og/preview-images.tsx');
    const parts = await vite.ssrLoadModule('/scripts/build/og/parts.tsx');
    const { catalog } = await vite.ssrLoadModule('/src/content/catalog.ts');
    const { WIDTH, HEIGHT, JPEG } = parts;
    const jobs = [{ kind: 'wall' }, ...catalog.moments.map((moment) => ({ kind: 'moment', slug: moment.slug }))];
    const jpeg = (input, options) => sharp(input, options).removeAlpha().jpeg(JPEG).toBuffer();
    const resvg = (svg, width, extra = {}) => {
      const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false }, ...extra }).render();
      return { pixels: image.pixels, raw: { raw: { width: image.width, height: image.height, channels: 4 } } };
    };
    // satori gives every element under `overflow: hidden` a mask as well as a clip-path: a white
    // rectangle (masked in turn by its parent's), the same shape the clip-path already cuts
    // (the card's canvas is `overflow: hidden`, so every element has one). resvg paints each mask
    // in a layer of its own.
    const withoutOverflowMasks = (svg) => svg.replace(/\smask="url\(#satori_om-[^)]*\)"/g, '');
    const SPEED = { shapeRendering: 0, textRendering: 0, imageRendering: 1 };
    /** Each way turns satori's SVG into the JPEG the build would write. */
    const ways = {
      'resvg (today)': (svg) => {
        const image = resvg(svg, WIDTH);
        return jpeg(image.pixels, image.raw);
      },
      'resvg, optimizeSpeed for shapes, text and images': (svg) => {
        const image = resvg(svg, WIDTH, SPEED);
        return jpeg(image.pixels, image.raw);
      },
      'resvg at half size, then sharp enlarges it (lanczos3)': (svg) => {
        const image = resvg(svg, WIDTH / 2);
        return sharp(image.pixels, image.raw).resize(WIDTH, HEIGHT, { kernel: 'lanczos3' }).removeAlpha().jpeg(JPEG).toBuffer();
      },
      'sharp (libvips with librsvg) straight from the SVG': (svg) => jpeg(Buffer.from(svg)),
      "resvg, satori's overflow masks dropped (clip-paths kept)": (svg) => {
        const image = resvg(withoutOverflowMasks(svg), WIDTH);
        return jpeg(image.pixels, image.raw);
      },
      'the same, and optimizeSpeed': (svg) => {
        const image = resvg(withoutOverflowMasks(svg), WIDTH, SPEED);
        return jpeg(image.pixels, image.raw);
      },
    };
    /** The JPEG's pixels (RGB), to compare with today's. */
    const decoded = (bytes) => sharp(bytes).removeAlpha().raw().toBuffer();

    const layouts = [];
    const layoutMs = [];
    for (const job of jobs) {
      const { value, ms } = await cpu(() => satori(images.ogElement(job), { width: WIDTH, height: HEIGHT, fonts }));
      layouts.push(value);
      layoutMs.push(ms);
    }
    process.stderr.write(`laid out ${jobs.length} images with satori (first pass, cold)\n`);
    const satoriMs = [];
    for (const job of jobs) satoriMs.push((await cpu(() => satori(images.ogElement(job), { width: WIDTH, height: HEIGHT, fonts }))).ms);

    // Today's way in its two steps.
    const renderMs = [];
    const encodeMs = [];
    for (const svg of layouts) {
      const { value: image, ms } = await cpu(() => resvg(svg, WIDTH));
      renderMs.push(ms);
      encodeMs.push((await cpu(() => jpeg(image.pixels, image.raw))).ms);
    }

    const reference = [];
    const results = [];
    for (const [name, paint] of Object.entries(ways)) {
      const cpuMs = jobs.map(() => []);
      let last = [];
      for (let round = 0; round < rounds; round++) {
        last = [];
        for (const [index, svg] of layouts.entries()) {
          const { value, ms } = await cpu(() => paint(svg));
          if (round > 0) cpuMs[index].push(ms);
          last.push(value);
        }
      }
      if (lookDir) {
        mkdirSync(lookDir, { recursive: true });
        const slug = name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
        writeFileSync(join(lookDir, `wall--${slug}.jpg`), last[0]);
        writeFileSync(join(lookDir, `moment--${slug}.jpg`), last[1]);
      }
      const pixels = await Promise.all(last.map(decoded));
      if (reference.length === 0) reference.push(...pixels);
      // Mean absolute difference per channel (0–255) from today's pixels, and the share of pixels off by more than 16 in some channel.
      let sum = 0;
      let off = 0;
      let channels = 0;
      for (const [index, b] of pixels.entries()) {
        const a = reference[index];
        for (let at = 0; at < a.length; at += 3) {
          let worst = 0;
          for (let channel = 0; channel < 3; channel++) {
            const difference = Math.abs(a[at + channel] - b[at + channel]);
            sum += difference;
            worst = Math.max(worst, difference);
          }
          channels += 3;
          if (worst > 16) off += 1;
        }
      }
      const perImage = cpuMs.map(median);
      results.push({
        name,
        medianMs: median(perImage),
        totalMs: perImage.reduce((total, ms) => total + ms, 0),
        jpegKb: median(last.map((bytes) => bytes.length)) / 1024,
        difference: sum / channels,
        offShare: off / (channels / 3),
      });
      process.stderr.write(`painted ${jobs.length} images ${rounds} times: ${name}\n`);
    }

    const today = results[0].medianMs;
    console.log(`Preview images, ${jobs.length} (the wall's and ${catalog.moments.length} moments'), CPU per image (median of ${rounds - 1} rounds after a warm-up)`);
    console.log(`satori layout: ${median(satoriMs).toFixed(0)} ms per image (first, cold: ${median(layoutMs).toFixed(0)} ms); today's painting: resvg ${median(renderMs).toFixed(0)} ms, JPEG ${median(encodeMs).toFixed(0)} ms\n`);
    console.log('| way of painting (then the JPEG) | CPU per image (median) | 20 images | vs today | JPEG (median) | mean difference from today’s JPEG | pixels off by > 16 |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const result of results) {
      console.log(
        `| ${result.name} | ${result.medianMs.toFixed(0)} ms | ${(result.totalMs / 1000).toFixed(2)} s | ${(result.medianMs / today).toFixed(2)}× | ${result.jpegKb.toFixed(0)} KB | ${result.difference.toFixed(2)} / 255 | ${(result.offShare * 100).toFixed(2)} % |`,
      );
    }
  } finally {
    await vite.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
