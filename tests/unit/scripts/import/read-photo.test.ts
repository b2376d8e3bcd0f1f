// @vitest-environment node
// (Node's environment: exifr takes jsdom's globals for a browser's and refuses Node's buffers.)
// What read-photo.ts hands the import's core from each format, read without decoding pixels.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { photoFields } from '../../../../scripts/import/photo-fields.ts';
import { readPhoto } from '../../../../scripts/import/read-photo.ts';
import { agencyPhoto } from '../../../../scripts/measure/agency-photo.mjs';

const dir = mkdtempSync(join(tmpdir(), 'read-photo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const XMP = {
  caption: 'NEWARK, NEW JERSEY - SEPTEMBER 12: Reneé Rapp & Bebe Rexha attend. (Photo by Kevin Mazur/Getty Images for MTV)',
  photographer: 'Kevin Mazur',
  credit: 'Getty Images for MTV',
  people: ['RENEE RAPP', 'Bebe Rexha'],
  alt: 'Two singers laughing',
  city: 'Newark',
};

async function fieldsOf(name: string, bytes: Buffer) {
  writeFileSync(join(dir, name), bytes);
  const read = await readPhoto(join(dir, name), name);
  if (!read.ok) throw new Error(read.reason);
  return photoFields(read.raw);
}

describe('readPhoto', () => {
  it.each(['jpeg', 'png', 'webp', 'avif', 'tiff'] as const)('reads the XMP of a %s', async (format) => {
    expect(await fieldsOf(`photo.${format}`, await agencyPhoto({ format, xmp: XMP }))).toMatchObject({
      caption: 'Reneé Rapp & Bebe Rexha attend.',
      photographer: 'Kevin Mazur',
      agency: 'Getty Images for MTV',
      people: ['RENEE RAPP', 'Bebe Rexha'],
      alt: 'Two singers laughing',
      place: 'Newark',
    });
  });

  it.each(['jpeg', 'png', 'webp', 'avif'] as const)("reads a %s's EXIF capture time", async (format) => {
    expect(await fieldsOf(`timed.${format}`, await agencyPhoto({ format, taken: '2023:09:12 20:15:03' }))).toMatchObject({ taken: '2023-09-12T20:15:03' });
  });

  it('reads IPTC-IIM written in UTF-8 in a JPEG', async () => {
    const bytes = await agencyPhoto({ iim: { caption: 'Reneé Rapp sings.', photographer: 'Jo Ann', credit: 'FilmMagic', keywords: ['Reneé Rapp'], dateCreated: '20230912', timeCreated: '201500-0400' } });
    expect(await fieldsOf('iim.jpg', bytes)).toMatchObject({
      caption: 'Reneé Rapp sings.',
      photographer: 'Jo Ann',
      agency: 'FilmMagic',
      keywords: ['Reneé Rapp'],
      taken: '2023-09-12T20:15:00',
    });
  });

  it('names a HEIC, a file that is no image and a damaged photo with the reason', async () => {
    copyFileSync('tests/fixtures/hevc.heic', join(dir, 'IMG_1.heic'));
    writeFileSync(join(dir, 'notes.txt'), 'not a photo');
    writeFileSync(join(dir, 'cut.jpg'), (await agencyPhoto({ xmp: XMP })).subarray(0, 200));
    expect(await readPhoto(join(dir, 'IMG_1.heic'), 'IMG_1.heic')).toEqual({
      ok: false,
      reason: '"IMG_1.heic" is a HEIC photo, which this build\'s image library cannot decode: save it as JPEG, AVIF or WebP',
    });
    expect(await readPhoto(join(dir, 'notes.txt'), 'notes.txt')).toEqual({
      ok: false,
      reason: '"notes.txt" is not an image this build can read (JPEG, PNG, WebP, AVIF, HEIF, TIFF or GIF)',
    });
    expect(await readPhoto(join(dir, 'cut.jpg'), 'cut.jpg')).toEqual({ ok: false, reason: expect.stringMatching(/^"cut\.jpg" cannot be decoded, it may be cut short or damaged/) });
  });
});
