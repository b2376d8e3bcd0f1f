import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedPhoto } from '../../../scripts/measure/generated-photo.mjs';
import { syntheticCatalog } from '../../../scripts/measure/synthetic-catalog.mjs';
import type { Catalog } from '../../../src/content/types';
import { LARGEST_WIDTH, WEBP_WIDTHS, JPEG_WIDTHS } from '../../../src/domain/photo-layout';

// Photos made here, in a folder beside a catalogue file, encoded into a cache of the test's own.
const dir = mkdtempSync(join(tmpdir(), 'photos-'));
process.env.PHOTO_CACHE = join(dir, 'cache');
const { attachPhotos } = await import('../../../scripts/build/photos/pipeline');
const catalogFile = join(dir, 'catalog.json');
mkdirSync(join(dir, 'photos'));

const PRIVATE = { IFD0: { Make: 'SecretCam', Model: 'Model S3CR3T', Artist: 'Jane Private' }, IFD2: { BodySerialNumber: 'SERIAL-0042' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 44/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '74/1 10/1 0/1' } };

async function photo(name: string, options: Parameters<typeof generatedPhoto>[0]) {
  writeFileSync(join(dir, 'photos', name), await generatedPhoto(options));
  return `photos/${name}`;
}

/** The first moments of a small catalogue, given these photos. */
function catalogWith(photos: ({ src: string; focus?: [number, number] } | undefined)[], change: (c: Catalog) => void = () => {}): Catalog {
  const catalog = syntheticCatalog(Math.max(2, photos.length)) as Catalog;
  photos.forEach((item, index) => {
    if (item) catalog.moments[index]!.photo = item;
  });
  change(catalog);
  return catalog;
}

async function problems(catalog: Catalog): Promise<string> {
  const error = await attachPhotos(catalog, catalogFile, 'content/test.json').then(
    () => undefined,
    (thrown: unknown) => thrown as Error,
  );
  expect(error, 'the photos were accepted').toBeInstanceOf(Error);
  return error!.message;
}

const fileOf = (address: string) => join(dir, 'cache', address.replace(/^\/photos\/(\w+)-(\d+)\.(\w+)$/, '$1/$2.$3'));

let large: string;
let small: string;
beforeAll(async () => {
  large = await photo('large.jpg', { width: 3000, height: 2000, seed: 3, exif: PRIVATE });
  small = await photo('small.png', { width: 800, height: 600, seed: 4, format: 'png' });
}, 60_000);

describe('the photo pipeline', () => {
  it('reads each photo\'s size and encodes the layout\'s widths in WebP and JPEG, never above the original', async () => {
    const { catalog, files, warnings } = await attachPhotos(catalogWith([{ src: large, focus: [0.2, 0.8] }, { src: small }]), catalogFile, 'content/test.json');
    const [first, second] = catalog.moments;
    expect(first!.photo!.image).toMatchObject({ width: 3000, height: 2000, focus: [0.2, 0.8] });
    expect(first!.photo!.image!.webp).toEqual(WEBP_WIDTHS);
    expect(first!.photo!.image!.jpeg).toEqual(JPEG_WIDTHS);
    expect(Math.max(...first!.photo!.image!.webp)).toBe(LARGEST_WIDTH);
    const { image } = second!.photo!;
    expect(image).toMatchObject({ width: 800, height: 600, focus: [0.5, 0.5] });
    expect(image!.webp.at(-1)).toBe(800);
    expect(Math.max(...image!.webp, ...image!.jpeg)).toBe(800);
    expect(image!.webp).toEqual([...WEBP_WIDTHS.filter((width) => width < 800), 800]);

    for (const [address, cached] of files) {
      const meta = await sharp(readFileSync(cached)).metadata();
      const [, , width, format] = /^\/photos\/(\w+)-(\d+)\.(\w+)$/.exec(address)!;
      expect(meta.format, address).toBe(format === 'jpg' ? 'jpeg' : 'webp');
      expect(meta.width, address).toBe(Number(width));
    }
    expect(files.size).toBe(WEBP_WIDTHS.length + JPEG_WIDTHS.length + image!.webp.length + image!.jpeg.length);
    // A photo narrower than the moment's page at 3× is served as it is, with a warning naming it.
    expect(warnings).toEqual([expect.stringContaining(`content/test.json: moment 2 "${second!.slug}", field "photo.src": "`)]);
    expect(warnings[0]).toMatch(/small\.png" is 800 px wide, narrower than the 2133 px .* never enlarged/);
  }, 60_000);

  it('publishes no metadata: no camera, serial number, GPS position or colour profile in any file', async () => {
    const original = await sharp(join(dir, large)).metadata();
    expect(original.exif, 'the test photo carries EXIF').toBeDefined();
    expect(readFileSync(join(dir, large)).includes('SERIAL-0042'), 'the test photo carries a serial number').toBe(true);
    const { files } = await attachPhotos(catalogWith([{ src: large }]), catalogFile);
    for (const cached of files.values()) {
      const bytes = readFileSync(cached);
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, cached).toBeUndefined();
      expect(meta.xmp, cached).toBeUndefined();
      expect(meta.iptc, cached).toBeUndefined();
      expect(meta.icc, cached).toBeUndefined();
      for (const secret of ['SERIAL-0042', 'SecretCam', 'Jane Private', 'GPS']) expect(bytes.includes(secret), `${secret} in ${cached}`).toBe(false);
    }
  }, 60_000);

  it('applies the EXIF orientation: a photo stored turned is published upright', async () => {
    const turned = await photo('turned.jpg', { width: 900, height: 600, seed: 5, orientation: 6, quality: 95 });
    const stored = await sharp(join(dir, turned)).metadata();
    expect([stored.width, stored.height, stored.orientation], 'stored turned, with the tag').toEqual([600, 900, 6]);
    const { catalog, files } = await attachPhotos(catalogWith([{ src: turned }]), catalogFile);
    expect(catalog.moments[0]!.photo!.image).toMatchObject({ width: 900, height: 600 });
    const published = [...files.values()].find((file) => file.endsWith('/900.webp'))!;
    const upright = await sharp(await generatedPhoto({ width: 900, height: 600, seed: 5 })).resize(90, 60).raw().toBuffer();
    const seen = await sharp(readFileSync(published)).resize(90, 60).raw().toBuffer();
    const difference = seen.reduce((sum, value, index) => sum + Math.abs(value - upright[index]!), 0) / seen.length;
    expect(difference, 'mean difference from the upright photo, per channel').toBeLessThan(6);
    expect((await sharp(readFileSync(published)).metadata()).orientation).toBeUndefined();
  }, 60_000);

  it('converts a colour profile to sRGB before dropping it', async () => {
    // sRGB (40, 200, 90) written in Display P3: other numbers in the file, the same colour.
    const green = { r: 40, g: 200, b: 90 };
    const p3 = await sharp({ create: { width: 400, height: 300, channels: 3, background: green } }).withIccProfile('p3').png().toBuffer();
    const stored = await sharp(p3, { ignoreIcc: true }).raw().toBuffer();
    expect(Math.abs(stored[0]! - green.r), 'the file holds P3 numbers').toBeGreaterThan(10);
    writeFileSync(join(dir, 'photos', 'p3.png'), p3);
    const { files } = await attachPhotos(catalogWith([{ src: 'photos/p3.png' }]), catalogFile);
    for (const published of [...files.values()].filter((file) => file.endsWith('/400.jpg') || file.endsWith('/400.webp'))) {
      const [r, g, b] = await sharp(readFileSync(published), { ignoreIcc: true }).raw().toBuffer();
      expect([r, g, b].map((value, index) => Math.abs(value! - [green.r, green.g, green.b][index]!) <= 3), published).toEqual([true, true, true]);
    }
  }, 60_000);

  it('paints a compact placeholder of the photo\'s colours', async () => {
    const { placeholders, catalog } = await attachPhotos(catalogWith([{ src: large }]), catalogFile);
    const { placeholder } = placeholders.get(catalog.moments[0]!.slug)!;
    expect(placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(placeholder.length).toBeLessThan(400);
    const png = Buffer.from(placeholder.split(',')[1]!, 'base64');
    const meta = await sharp(png).metadata();
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(32);
    const mean = async (input: Buffer) => (await sharp(input).stats()).channels.slice(0, 3).map((channel) => channel.mean);
    const [expected, got] = [await mean(readFileSync(join(dir, large))), await mean(png)];
    got.forEach((value, channel) => expect(Math.abs(value - expected[channel]!), `channel ${channel}`).toBeLessThan(20));
  }, 60_000);

  it('encodes a photo once: a rebuild after a caption edit takes every file from the cache, a new photo encodes only itself', async () => {
    const other = await photo('other.jpg', { width: 1200, height: 900, seed: 6 });
    await attachPhotos(catalogWith([{ src: large }]), catalogFile);
    const edited = await attachPhotos(catalogWith([{ src: large }], (c) => (c.moments[0]!.caption = 'A new caption:')), catalogFile);
    expect(edited.encoded).toBe(0);
    const added = await attachPhotos(catalogWith([{ src: large }, { src: other }]), catalogFile);
    expect(added.encoded).toBe(1);
    for (const address of added.files.keys()) expect(existsSync(fileOf(address)), address).toBe(true);
  }, 60_000);
});

describe('a bad photo', () => {
  it('fails naming the catalogue file, the moment, its slug and the field: missing, not an image, damaged', async () => {
    writeFileSync(join(dir, 'photos', 'notes.jpg'), 'not a photo at all');
    const whole = readFileSync(join(dir, large));
    writeFileSync(join(dir, 'photos', 'cut.jpg'), whole.subarray(0, Math.floor(whole.length / 2)));
    const catalog = catalogWith([{ src: 'photos/missing.jpg' }, { src: 'photos/notes.jpg' }, { src: 'photos/cut.jpg' }]);
    const [missing, notes, cut] = catalog.moments;
    const message = await problems(catalog);
    expect(message).toContain('content/test.json has 3 problem(s):');
    expect(message).toMatch(new RegExp(`moment 1 "${missing!.slug}", field "photo.src": cannot read ".*photos/missing.jpg" \\(no such file\\)`));
    expect(message).toMatch(new RegExp(`moment 2 "${notes!.slug}", field "photo.src": ".*photos/notes.jpg" is not an image this build can read`));
    expect(message).toMatch(new RegExp(`moment 3 "${cut!.slug}", field "photo.src": ".*photos/cut.jpg" cannot be decoded, it may be cut short or damaged`));
  }, 60_000);
});
