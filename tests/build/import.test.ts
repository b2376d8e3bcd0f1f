// @vitest-environment node
// A new event in one command: `npm run import` creates a catalogue from a folder of agency
// photos, the editor writes the alt texts the summary names, and `CATALOG=… npm run build`
// builds it. What the import read stays out of what is published (GPS, camera serial).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftCatalog } from '../../scripts/import/draft';
import { agencyPhoto } from '../../scripts/measure/agency-photo.mjs';

const dir = mkdtempSync(join(tmpdir(), 'import-build-'));
const out = mkdtempSync(join(tmpdir(), 'import-build-dist-'));
const catalogFile = join(dir, 'night', 'catalog.json');
const SERIAL = 'IMPORT-SERIAL-7731';

function run(command: string, args: string[], env: Record<string, string> = {}) {
  // Without vitest's NODE_ENV=test, which would make `vite build` bundle React's development build.
  const { NODE_ENV: _test, ...inherited } = process.env;
  const result = spawnSync(command, args, { env: { ...inherited, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const PLACE = { sublocation: 'Harbour Hall', city: 'Port Wren', state: 'Lakeshore' };
const AGENCY = { photographer: 'Sam Okoro', credit: 'Courier Pictures', event: 'Lakeshore Lantern Night', ...PLACE };

let imported: ReturnType<typeof run>;
let build: ReturnType<typeof run>;
beforeAll(async () => {
  const photos = join(dir, 'night', 'photos');
  mkdirSync(photos, { recursive: true });
  const write = async (name: string, options: Parameters<typeof agencyPhoto>[0]) => writeFileSync(join(photos, name), await agencyPhoto({ serial: SERIAL, ...options }));
  await write('PW-0001.jpg', {
    seed: 5,
    taken: '2031:06:21 21:30:00',
    xmp: { ...AGENCY, caption: 'PORT WREN, LAKESHORE - JUNE 21: Mira Okafor lights the first lantern. (Photo by Sam Okoro/Courier Pictures)', people: ['Mira Okafor'] },
  });
  await write('PW-0002.png', {
    format: 'png',
    seed: 6,
    taken: '2031:06:21 21:45:00',
    xmp: { ...AGENCY, caption: 'Mira Okafor and JUNE PARK share a laugh.', people: ['MIRA OKAFOR', 'June Park'], alt: 'Two women laughing under paper lanterns' },
  });
  await write('PW-0003.jpg', {
    seed: 7,
    iim: { caption: 'PORT WREN, LAKESHORE - JUNE 21: June Park takes a bow.', photographer: 'Ada Quill', credit: 'Courier Pictures', keywords: ['Lanterns', 'June Park'], dateCreated: '20310621', timeCreated: '220000+0100' },
  });
  imported = run('node', ['scripts/import/import.mjs', photos, '--catalog', catalogFile]);
  // What the summary asks for: the alt texts.
  const draft = JSON.parse(readFileSync(catalogFile, 'utf8')) as DraftCatalog;
  for (const moment of draft.moments) if (!moment.alt) moment.alt = `A photo of ${moment.people.join(' and ')} at the lantern night`;
  writeFileSync(catalogFile, `${JSON.stringify(draft, null, 2)}\n`);
  build = run('npm', ['run', 'build'], { CATALOG: catalogFile, DIST: out });
}, 600_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]));

describe('npm run import into a new catalogue, then CATALOG=… npm run build', () => {
  it('creates the catalogue with the event, place and people of the photos and no awards', () => {
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toContain('Needs alt text (write "alt"): moments 1 and 3');
    const draft = JSON.parse(readFileSync(catalogFile, 'utf8')) as DraftCatalog;
    expect(draft.event).toEqual({ name: 'Lakeshore Lantern Night', place: 'Harbour Hall, Port Wren, Lakeshore' });
    expect(draft.people).toEqual([
      { id: 'mira-okafor', name: 'Mira Okafor' },
      { id: 'june-park', name: 'June Park' },
    ]);
    expect(draft.awards).toEqual([]);
    expect(draft.moments.map((moment) => [moment.number, moment.slug, moment.photo?.src])).toEqual([
      [1, 'mira-okafor', 'photos/PW-0001.jpg'],
      [2, 'mira-okafor-and-june-park', 'photos/PW-0002.png'],
      [3, 'june-park', 'photos/PW-0003.jpg'],
    ]);
  });

  it('builds once the alt texts are written, with the photos on the pages', () => {
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(out, 'moments/mira-okafor-and-june-park/index.html'), 'utf8');
    expect(page).toContain('Lakeshore Lantern Night');
    expect(page).toContain('Two women laughing under paper lanterns');
    expect(page).toMatch(/<picture>/);
  });

  it('publishes no GPS position, camera serial or camera name from the imported photos', async () => {
    const published = files(out);
    const images = published.filter((path) => /\.(jpe?g|png|webp|avif)$/.test(path));
    expect(images.filter((path) => path.includes(`${join(out, 'photos')}/`)).length).toBeGreaterThan(0);
    for (const path of published) {
      const bytes = readFileSync(path);
      expect(bytes.includes(SERIAL), relative(out, path)).toBe(false);
      expect(bytes.includes('AgencyCam'), relative(out, path)).toBe(false);
    }
    for (const path of images) {
      // No metadata block at all (sharp reads every format's); exifr finds no GPS in the JPEGs and PNGs.
      const { exif, xmp, iptc } = await sharp(path).metadata();
      expect({ exif, xmp, iptc }, relative(out, path)).toEqual({ exif: undefined, xmp: undefined, iptc: undefined });
      if (!path.endsWith('.webp')) expect(await exifr.gps(readFileSync(path)), relative(out, path)).toBeUndefined();
    }
    // The photos read before publishing had them all.
    const original = await exifr.parse(join(dir, 'night', 'photos', 'PW-0001.jpg'), true);
    expect([original.latitude > 40, original.BodySerialNumber ?? original.SerialNumber]).toEqual([true, SERIAL]);
  });
});
