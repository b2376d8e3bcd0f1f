import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedPhoto } from '../../../scripts/measure/generated-photo.mjs';
import { syntheticCatalog } from '../../../scripts/measure/synthetic-catalog.mjs';
import type { Catalog } from '../../../src/content/types';
import { CARD_WIDTHS, cropAround, LARGEST_WIDTH, WEBP_WIDTHS, JPEG_WIDTHS, zoomWidthsFor } from '../../../src/domain/photo-layout';

// Photos made here, in a folder beside a catalogue file, encoded into a cache of the test's own.
const dir = mkdtempSync(join(tmpdir(), 'photos-'));
process.env.PHOTO_CACHE = join(dir, 'cache');
const { attachPhotos, cacheKey } = await import('../../../scripts/build/photos/pipeline');
const { ENCODING } = await import('../../../scripts/build/photos/settings');
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

/** A published address: its key, whether it is a card's crop or a zoom file, its width and its extension. */
const ADDRESS = /^\/photos\/(\w+)-(card-|zoom-)?(\d+)\.(\w+)$/;
const fileOf = (address: string) => join(dir, 'cache', address.replace(ADDRESS, '$1/$2$3.$4'));

let large: string;
let small: string;
beforeAll(async () => {
  large = await photo('large.jpg', { width: 3000, height: 2000, seed: 3, exif: PRIVATE });
  small = await photo('small.png', { width: 800, height: 600, seed: 4, format: 'png' });
}, 60_000);

describe('the photo pipeline', () => {
  it('reads each photo\'s size and encodes the layout\'s widths in WebP and JPEG, never above the original, and zoom files only above the ladder', async () => {
    const { catalog, files, warnings } = await attachPhotos(catalogWith([{ src: large, focus: [0.2, 0.8] }, { src: small }]), catalogFile, 'content/test.json');
    const [first, second] = catalog.moments;
    expect(first!.photo!.image).toMatchObject({ width: 3000, height: 2000, focus: [0.2, 0.8] });
    expect(first!.photo!.image!.webp).toEqual(WEBP_WIDTHS);
    expect(first!.photo!.image!.jpeg).toEqual(JPEG_WIDTHS);
    expect(first!.photo!.image!.card).toEqual(CARD_WIDTHS);
    expect(Math.max(...first!.photo!.image!.webp)).toBe(LARGEST_WIDTH);
    // Wider than the ladder's top: the zoom gets the original's width too.
    expect(first!.photo!.image!.zoom).toEqual([3000]);
    const { image } = second!.photo!;
    expect(image).toMatchObject({ width: 800, height: 600, focus: [0.5, 0.5] });
    expect(image!.webp.at(-1)).toBe(800);
    expect(Math.max(...image!.webp, ...image!.jpeg)).toBe(800);
    expect(image!.webp).toEqual([...WEBP_WIDTHS.filter((width) => width < 800), 800]);
    expect(image!.card).toEqual([...CARD_WIDTHS.filter((width) => width < 800), 800]);
    expect(image!.zoom, 'no zoom file for a photo the ladder already holds whole').toEqual([]);

    for (const [address, cached] of files) {
      const meta = await sharp(readFileSync(cached)).metadata();
      const [, , kind, width, format] = ADDRESS.exec(address)!;
      const card = kind === 'card-';
      expect(meta.format, address).toBe(format === 'jpg' ? 'jpeg' : 'webp');
      expect(meta.width, address).toBe(Number(width));
      // A card's crop is the card's 4:3; the others are the whole photo.
      const ratio = card ? 4 / 3 : address.includes(first!.photo!.image!.key) ? 3 / 2 : 4 / 3;
      expect(meta.width / meta.height, address).toBeCloseTo(ratio, 1);
    }
    expect(files.size).toBe(
      [WEBP_WIDTHS, JPEG_WIDTHS, CARD_WIDTHS, zoomWidthsFor(3000), image!.webp, image!.jpeg, image!.card].reduce((sum, widths) => sum + widths.length, 0),
    );
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

  it('writes no metadata that exiftool can find into any file, the zoom\'s large ones too', async () => {
    const { files } = await attachPhotos(catalogWith([{ src: large }]), catalogFile);
    const published = [...files.keys()];
    expect(published.some((address) => address.includes('-zoom-3000.webp')), 'a zoom file').toBe(true);
    // Every tag exiftool reads, by group: a clean file has only those that describe the file and
    // its pixels (no IFD0, ExifIFD, GPS, XMP, IPTC, ICC_Profile or MakerNotes group).
    const tags = JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', ...files.values()], { encoding: 'utf8' })) as Record<string, unknown>[];
    expect(tags).toHaveLength(files.size);
    const described = new Set(['SourceFile', 'ExifTool', 'System', 'File', 'RIFF', 'JFIF', 'Composite']);
    for (const file of tags) {
      const groups = [...new Set(Object.keys(file).map((tag) => tag.split(':')[0]!))];
      expect(groups.filter((group) => !described.has(group)), String(file.SourceFile)).toEqual([]);
      for (const secret of ['SERIAL-0042', 'SecretCam', 'Jane Private']) expect(JSON.stringify(file)).not.toContain(secret);
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
    expect(edited.work.encoded).toBe(0);
    const added = await attachPhotos(catalogWith([{ src: large }, { src: other }]), catalogFile);
    expect(added.work.encoded).toBe(1);
    for (const address of added.files.keys()) expect(existsSync(fileOf(address)), address).toBe(true);
  }, 60_000);
  it("crops a card's files to 4:3 around the photo's focus at build", async () => {
    const focus: [number, number] = [0.15, 0.9];
    const { catalog, files } = await attachPhotos(catalogWith([{ src: large, focus }]), catalogFile);
    const { key } = catalog.moments[0]!.photo!.image!;
    const card = readFileSync(files.get(`/photos/${key}-card-286.webp`)!);
    expect((await sharp(card).metadata()).height).toBe(215);
    const original = readFileSync(join(dir, large));
    const around = await sharp(original).extract(cropAround(3000, 2000, 4 / 3, focus)).resize(64, 48).raw().toBuffer();
    const centre = await sharp(original).extract(cropAround(3000, 2000, 4 / 3, [0.5, 0.5])).resize(64, 48).raw().toBuffer();
    const seen = await sharp(card).resize(64, 48).raw().toBuffer();
    const distance = (a: Buffer, b: Buffer) => a.reduce((sum, value, index) => sum + Math.abs(value - b[index]!), 0) / a.length;
    expect(distance(seen, around), 'mean difference from the crop around the focus').toBeLessThan(6);
    expect(distance(seen, centre), 'mean difference from the centre crop').toBeGreaterThan(distance(seen, around) * 2);
  }, 60_000);
});

describe("a rebuild (the manifest: each photo's path, size and modification time)", () => {
  // Photos of these tests' own, so that what the other tests encoded does not count.
  const sources: string[] = [];
  beforeAll(async () => {
    for (const seed of [21, 22, 23]) sources.push(await photo(`rebuild-${seed}.jpg`, { width: 640, height: 480, seed }));
    // Whole seconds, which utimes can put back exactly.
    const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    for (const src of sources) utimesSync(join(dir, src), second, second);
  }, 60_000);
  const build = (change?: (c: Catalog) => void) => attachPhotos(catalogWith(sources.map((src) => ({ src })), change), catalogFile);

  it('that changes no photo opens none and hashes none: a caption edit encodes nothing and publishes the same files', async () => {
    const first = await build();
    expect(first.work).toMatchObject({ read: 3, encoded: 3 });
    const edited = await build((c) => (c.moments[0]!.caption = 'An edited caption:'));
    expect(edited.work).toMatchObject({ read: 0, encoded: 0 });
    expect([...edited.files]).toEqual([...first.files]);
    expect(edited.catalog.moments[0]!.photo!.image).toEqual(first.catalog.moments[0]!.photo!.image);
    // Not opened at all: a file whose bytes are replaced by as many zeros, its modification
    // time put back, still builds (a photo saved anew always gets a new modification time).
    const path = join(dir, sources[2]!);
    const { size, atime, mtime } = statSync(path);
    const bytes = readFileSync(path);
    writeFileSync(path, Buffer.alloc(size));
    utimesSync(path, atime, mtime);
    try {
      const again = await build();
      expect(again.work).toMatchObject({ read: 0, encoded: 0 });
      expect([...again.files]).toEqual([...first.files]);
    } finally {
      writeFileSync(path, bytes);
      utimesSync(path, atime, mtime);
    }
  }, 60_000);

  it('reads a touched photo again (same bytes: nothing to encode) and encodes a photo whose bytes changed, at the same size', async () => {
    await build();
    const path = join(dir, sources[0]!);
    const later = new Date(statSync(path).mtimeMs + 5_000);
    utimesSync(path, later, later);
    const touched = await build();
    expect(touched.work).toMatchObject({ read: 1, encoded: 0 });

    // New bytes of the same size (a stretch of the picture altered), a new modification time.
    const bytes = readFileSync(path);
    const changed = Buffer.from(bytes);
    for (let at = Math.floor(bytes.length / 2); at < bytes.length / 2 + 64; at++) changed[at] = changed[at]! ^ 0x20;
    writeFileSync(path, changed);
    const muchLater = new Date(later.getTime() + 5_000);
    utimesSync(path, muchLater, muchLater);
    try {
      const rebuilt = await build();
      expect(rebuilt.work).toMatchObject({ read: 1, encoded: 1 });
      expect(rebuilt.catalog.moments[0]!.photo!.image!.key).not.toBe(touched.catalog.moments[0]!.photo!.image!.key);
    } finally {
      writeFileSync(path, bytes);
    }
  }, 60_000);

  it('makes again an encoded file that was deleted from the cache', async () => {
    const { files } = await build();
    const gone = files.get([...files.keys()].find((address) => address.includes('-card-'))!)!;
    rmSync(gone);
    const rebuilt = await build();
    expect(rebuilt.work.encoded).toBe(1);
    expect(existsSync(gone)).toBe(true);
  }, 60_000);

  it("encodes a photo again when its focus (the card's crop) or the settings change", async () => {
    const { catalog } = await build();
    const moved = await build((c) => (c.moments[1]!.photo!.focus = [0.1, 0.1]));
    expect(moved.work.encoded).toBe(1);
    expect(moved.catalog.moments[1]!.photo!.image!.key).not.toBe(catalog.moments[1]!.photo!.image!.key);
    const hash = '0'.repeat(32);
    expect(cacheKey(hash, [0.5, 0.5])).toBe(cacheKey(hash, [0.5, 0.5], ENCODING));
    expect(ENCODING).toContain('"quality":75');
    expect(cacheKey(hash, [0.5, 0.5], ENCODING.replace('"quality":75', '"quality":76'))).not.toBe(cacheKey(hash, [0.5, 0.5]));
  }, 60_000);

  it('holds at most one photo per worker at once, never all of them', async () => {
    const many: string[] = [];
    for (const seed of [31, 32, 33, 34, 35]) many.push(await photo(`pool-${seed}.png`, { width: 400, height: 300, seed, format: 'png' }));
    const catalog = catalogWith(many.map((src) => ({ src })));
    const cold = await attachPhotos(catalog, catalogFile, catalogFile, { workers: 2 });
    expect(cold.work).toMatchObject({ read: 5, encoded: 5, mostAtOnce: 2 });
    for (const src of many) {
      const later = new Date(statSync(join(dir, src)).mtimeMs + 5_000);
      utimesSync(join(dir, src), later, later);
    }
    const one = await attachPhotos(catalog, catalogFile, catalogFile, { workers: 1 });
    expect(one.work).toMatchObject({ read: 5, encoded: 0, mostAtOnce: 1 });
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
