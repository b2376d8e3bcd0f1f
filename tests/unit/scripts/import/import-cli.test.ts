// `npm run import` end to end, on a folder of photos the test writes metadata into: XMP in a
// JPEG and a PNG, IPTC-IIM in a JPEG, a copy under another name, a HEIC, a file that is no image.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCatalog } from '../../../../scripts/import/format-catalog.ts';
import type { DraftCatalog } from '../../../../scripts/import/draft.ts';
import { agencyPhoto } from '../../../../scripts/measure/agency-photo.mjs';

const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
const agency = join(dir, 'agency');
const catalogFile = join(dir, 'catalog.json');
const shippedText = readFileSync('content/vmas-2023.json', 'utf8');
const shipped = JSON.parse(shippedText) as DraftCatalog;

function runImport(...args: string[]) {
  const result = spawnSync('node', ['scripts/import/import.mjs', ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const readCatalog = () => JSON.parse(readFileSync(catalogFile, 'utf8')) as DraftCatalog;

const EVENT = { photographer: 'Kevin Mazur', credit: 'Getty Images for MTV', event: '2023 MTV Video Music Awards' };

beforeAll(async () => {
  mkdirSync(agency);
  writeFileSync(
    join(agency, 'GettyImages-1001.jpg'),
    await agencyPhoto({
      seed: 1,
      taken: '2023:09:12 21:05:00',
      xmp: {
        ...EVENT,
        caption: 'NEWARK, NEW JERSEY - SEPTEMBER 12: RENEE RAPP and Bebe Rexha attend the 2023 MTV Video Music Awards. (Photo by Kevin Mazur/Getty Images for MTV)',
        people: ['RENEE RAPP', 'bebe rexha'],
        alt: 'Reneé Rapp and Bebe Rexha laughing backstage',
      },
    }),
  );
  writeFileSync(
    join(agency, 'GettyImages-1002.png'),
    await agencyPhoto({
      format: 'png',
      seed: 2,
      taken: '2023:09:12 20:40:00',
      xmp: { ...EVENT, caption: 'NEWARK, NEW JERSEY - SEPTEMBER 12: Doja Cat poses backstage. (Photo by Kevin Mazur/Getty Images for MTV)', people: ['Doja Cat'] },
    }),
  );
  writeFileSync(
    join(agency, 'FilmMagic-7.jpg'),
    await agencyPhoto({
      seed: 3,
      iim: { caption: 'NEWARK, NEW JERSEY - SEPTEMBER 12: Karol G arrives at the Prudential Center.', photographer: 'Jo Ann', credit: 'FilmMagic', keywords: ['Music', 'KAROL G'], dateCreated: '20230912', timeCreated: '190000-0400' },
    }),
  );
  copyFileSync(join(agency, 'GettyImages-1001.jpg'), join(agency, 'zz-copy-of-1001.jpg'));
  copyFileSync('tests/fixtures/hevc.heic', join(agency, 'IMG_0042.heic'));
  writeFileSync(join(agency, 'notes.txt'), 'Delivery notes: four photos.\n');
  symlinkSync(join(dir, 'moved-away.jpg'), join(agency, 'link.jpg'));
  writeFileSync(catalogFile, shippedText);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import into an existing catalogue', () => {
  let first: ReturnType<typeof runImport>;
  beforeAll(() => {
    first = runImport(agency, '--catalog', catalogFile);
  }, 60_000);

  it('adds one moment per new photo, in the order they were taken, after the last moment', () => {
    const added = readCatalog().moments.slice(shipped.moments.length);
    expect(added).toEqual([
      {
        number: 20,
        slug: 'karol-g',
        caption: 'Karol G arrives at the Prudential Center.',
        alt: '',
        credit: { photographer: 'Jo Ann', agency: 'FilmMagic' },
        people: ['karol-g'],
        awards: [],
        photo: { src: 'agency/FilmMagic-7.jpg' },
      },
      {
        number: 21,
        slug: 'doja-cat',
        caption: 'Doja Cat poses backstage.',
        alt: '',
        credit: { photographer: 'Kevin Mazur', agency: 'Getty Images for MTV' },
        people: ['doja-cat'],
        awards: [],
        photo: { src: 'agency/GettyImages-1002.png' },
      },
      {
        number: 22,
        slug: 'renee-rapp-and-bebe-rexha',
        caption: 'RENEE RAPP and Bebe Rexha attend the 2023 MTV Video Music Awards.',
        alt: 'Reneé Rapp and Bebe Rexha laughing backstage',
        credit: { photographer: 'Kevin Mazur', agency: 'Getty Images for MTV' },
        people: ['renee-rapp', 'bebe-rexha'],
        awards: [],
        photo: { src: 'agency/GettyImages-1001.jpg' },
      },
    ]);
  });

  it("keeps the editor's event, people, awards and moments as they were, adds the new person, and formats the file as the shipped one", () => {
    const after = readCatalog();
    const text = readFileSync(catalogFile, 'utf8');
    expect(Object.keys(after)).toEqual(Object.keys(shipped));
    expect(after.$schema).toBe(shipped.$schema);
    expect(after.event).toEqual(shipped.event);
    expect(after.awards).toEqual(shipped.awards);
    expect(after.moments.slice(0, shipped.moments.length)).toEqual(shipped.moments);
    expect(after.people).toEqual([...shipped.people, { id: 'doja-cat', name: 'Doja Cat' }]);
    expect(text).toBe(formatCatalog(after));
    // The shipped moments' text is untouched, line for line.
    expect(text.includes(shippedText.slice(shippedText.indexOf('  "moments": ['), shippedText.lastIndexOf('\n    }\n  ]')))).toBe(true);
    expect(readdirSync(dir)).toEqual(['agency', 'catalog.json']);
  });

  it('prints one line per file, then the totals and what to write; fails with exit code 1 because three files failed', () => {
    expect(first.output).toContain(`Importing 7 file(s) from ${agency} into ${catalogFile}:`);
    const lines = first.output.split('\n');
    expect(lines).toContain('  FilmMagic-7.jpg: added as moment 20 "karol-g" with Karol G; needs alt text');
    expect(lines).toContain('  GettyImages-1002.png: added as moment 21 "doja-cat" with Doja Cat (new); needs alt text');
    expect(lines).toContain('  GettyImages-1001.jpg: added as moment 22 "renee-rapp-and-bebe-rexha" with Reneé Rapp and Bebe Rexha');
    expect(lines).toContain('  zz-copy-of-1001.jpg: skipped, the same photo as GettyImages-1001.jpg\'s moment 22 "renee-rapp-and-bebe-rexha", under another name');
    expect(lines).toContain(
      '  IMG_0042.heic: failed, "IMG_0042.heic" is a HEIC photo, which this build\'s image library cannot decode: save it as JPEG, AVIF or WebP',
    );
    expect(lines).toContain('  notes.txt: failed, "notes.txt" is not an image this build can read (JPEG, PNG, WebP, AVIF, HEIF, TIFF or GIF)');
    expect(lines).toContain('  link.jpg: failed, "link.jpg" cannot be read (a link to no file)');
    expect(lines).toContain('3 added (moments 20–22), 1 skipped, 3 failed.');
    expect(lines).toContain('Needs alt text (write "alt"): moments 20 and 21');
    expect(first.output).not.toMatch(/^\s+at /m);
    expect(first.status).toBe(1);
  });

  it('adds nothing the second time and leaves the file byte for byte as it was', () => {
    const before = readFileSync(catalogFile, 'utf8');
    const second = runImport(agency, '--catalog', catalogFile);
    expect(second.output).toContain('0 added, 4 skipped, 3 failed.');
    expect(second.output).toContain('  zz-copy-of-1001.jpg: skipped, the same photo as moment 22 "renee-rapp-and-bebe-rexha" (agency/GettyImages-1001.jpg), under another name');
    expect(second.output).toContain('  GettyImages-1001.jpg: skipped, already in the catalogue as moment 22 "renee-rapp-and-bebe-rexha"');
    expect(readFileSync(catalogFile, 'utf8')).toBe(before);
  }, 60_000);
});

describe('npm run import: what it refuses', () => {
  it.each([
    [[], 'usage: npm run import -- <folder of photos> --catalog <catalogue.json>'],
    [['no-such-folder', '--catalog', 'x.json'], 'no-such-folder is not a folder of photos'],
    [['--catalog', 'x.json', '--colour', 'red', 'folder'], "Unknown option '--colour'"],
  ])('stops with a clear line and exit code 1: %j', (args, message) => {
    const { status, output } = runImport(...args);
    expect(output).toContain(message);
    expect(output).not.toMatch(/^\s+at /m);
    expect(status).toBe(1);
  }, 30_000);

  it('changes nothing in a file that is not a catalogue', () => {
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, '{"moments": ');
    const { status, output } = runImport(agency, '--catalog', wrong);
    expect(output).toContain(`${wrong} is not valid JSON`);
    expect(readFileSync(wrong, 'utf8')).toBe('{"moments": ');
    expect(status).toBe(1);
    rmSync(wrong);
  }, 30_000);
});
