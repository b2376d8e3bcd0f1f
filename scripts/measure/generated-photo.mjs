// Photo-like test images, made here so the project ships no licensed photograph: light falling
// across soft shapes at every scale (value noise in octaves), a few hard edges and a label, and a
// sensor's grain, so encoders see the detail a camera gives them. Deterministic from the seed.
//
// Used by the photo tests, the sample catalogue (npm run sample) and the photo benchmark.
import sharp from 'sharp';
import { mulberry32 } from './mulberry32.mjs';


/** width×height×3 bytes: three channels of value noise summed over octaves, then grain. */
function noisePixels(width, height, next, hue) {
  const pixels = new Float32Array(width * height * 3);
  let cell = Math.max(width, height) / 3;
  let weight = 1;
  while (cell >= 2) {
    const cols = Math.ceil(width / cell) + 2;
    const rows = Math.ceil(height / cell) + 2;
    const grid = Float32Array.from({ length: cols * rows * 3 }, () => next() - 0.5);
    for (let y = 0; y < height; y++) {
      const gy = y / cell;
      const y0 = Math.floor(gy);
      const fy = gy - y0;
      const sy = fy * fy * (3 - 2 * fy);
      for (let x = 0; x < width; x++) {
        const gx = x / cell;
        const x0 = Math.floor(gx);
        const fx = gx - x0;
        const sx = fx * fx * (3 - 2 * fx);
        const base = (y0 * cols + x0) * 3;
        const below = base + cols * 3;
        const out = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) {
          const top = grid[base + c] + (grid[base + 3 + c] - grid[base + c]) * sx;
          const bottom = grid[below + c] + (grid[below + 3 + c] - grid[below + c]) * sx;
          pixels[out + c] += (top + (bottom - top) * sy) * weight;
        }
      }
    }
    cell /= 2.2;
    weight *= 0.6;
  }
  const bytes = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    const light = 0.5 + pixels[i] * 0.9;
    const grain = (next() - 0.5) * 0.06;
    for (let c = 0; c < 3; c++) {
      const tint = hue[c] * light + pixels[i + c] * 0.35 + grain;
      bytes[i + c] = Math.max(0, Math.min(255, Math.round(tint * 255)));
    }
  }
  return bytes;
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A JPEG (or `format`) of `width`×`height` photo-like pixels. `exif` writes EXIF fields into it
 * (for tests that check they never reach the published files); `orientation` stores the pixels
 * turned so that the EXIF Orientation tag must be applied to see them upright.
 * @param {{ width: number, height: number, seed?: number, label?: string, format?: 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff',
 *   exif?: Record<string, Record<string, string>>, orientation?: number, quality?: number }} options
 */
export async function generatedPhoto({ width, height, seed = 1, label = '', format = 'jpeg', exif, orientation, quality = 90 }) {
  const next = mulberry32(seed);
  const hue = [0.55 + next() * 0.45, 0.4 + next() * 0.4, 0.45 + next() * 0.5];
  // Noise at a quarter of the size then enlarged: the same look, 16 times less arithmetic.
  const small = { width: Math.ceil(width / 4), height: Math.ceil(height / 4) };
  const soft = await sharp(noisePixels(small.width, small.height, next, hue), { raw: { ...small, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  // A sensor's grain (an inline LCG: a call per byte would take seconds at 24 megapixels).
  const grained = Buffer.alloc(width * height * 3);
  let state = seed >>> 0;
  for (let i = 0; i < grained.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    grained[i] = Math.max(0, Math.min(255, soft[i] + (((state >>> 24) - 128) * 14) / 256));
  }
  const size = Math.min(width, height);
  const shapes = Array.from({ length: 5 }, () => {
    const [x, y, r] = [next() * width, next() * height, (0.05 + next() * 0.15) * size];
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="none" stroke="#fff" stroke-opacity="0.55" stroke-width="${(size / 120).toFixed(0)}"/>`;
  }).join('');
  const text = label
    ? `<text x="50%" y="55%" text-anchor="middle" font-family="sans-serif" font-weight="800" font-size="${(size / 5).toFixed(0)}" fill="#fff" fill-opacity="0.85">${escapeXml(label)}</text>`
    : '';
  const overlay = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes}${text}</svg>`);
  let image = sharp(grained, { raw: { width, height, channels: 3 } }).composite([{ input: overlay }]);
  // Stored turned, so that only the orientation tag makes it upright (6: turn 90° clockwise to view).
  const stored = { 3: 180, 6: -90, 8: 90 }[orientation ?? 1];
  if (stored) image = sharp(await image.png().toBuffer()).rotate(stored);
  image = image.toFormat(format, format === 'png' ? {} : { quality });
  if (exif || orientation) image = image.withExif(exif ?? {});
  if (orientation) image = image.withMetadata({ orientation });
  return image.toBuffer();
}
