// What the import reads from a photo's metadata, decided from literal exifr output.
import { describe, expect, it } from 'vitest';
import { cleanCaption, creditInCaption, decodeXml, iimText, localTime, photoFields } from '../../../../scripts/import/photo-fields.ts';

const GETTY = 'NEWARK, NEW JERSEY - SEPTEMBER 12: Reneé Rapp &amp; Bebe Rexha attend the 2023 MTV VMAs. (Photo by Kevin Mazur/Getty Images for MTV)';

describe('cleanCaption', () => {
  it.each([
    ['NEWARK, NEW JERSEY - SEPTEMBER 12: Shakira attends the show. (Photo by Kevin Mazur/Getty Images for MTV)', 'Shakira attends the show.'],
    ['NEWARK, N.J. - Sept. 12, 2023: Shakira attends.', 'Shakira attends.'],
    ['NEWARK, N.J. (AP) — Shakira attends. (Photo: Jo Ann/AP)', 'Shakira attends.'],
    ['SÃO PAULO, BRAZIL - MARCH 3: Anitta sings.', 'Anitta sings.'],
  ])('cuts the dateline and the trailing credit: %s', (description, caption) => {
    expect(cleanCaption(description)).toBe(caption);
  });

  it.each([
    'NSYNC reunited on stage: the crowd roared.',
    'TAYLOR SWIFT - MOON PEOPLE: five of them.',
    'Karol G (photo left) and Shakira.',
  ])('keeps a caption that has no dateline or credit: %s', (description) => {
    expect(cleanCaption(description)).toBe(description);
  });
});

describe('the small readers', () => {
  it('decodes the XML references exifr leaves in XMP', () => {
    expect(decodeXml('Rapp &amp; Rexha &lt;3 &quot;hi&quot; &#233;&#xE9; &bogus;')).toBe('Rapp & Rexha <3 "hi" éé &bogus;');
  });

  it('reads IPTC-IIM text written in UTF-8, and leaves Latin-1 as it is', () => {
    expect(iimText('ReneÃ© Rapp')).toBe('Reneé Rapp');
    expect(iimText('Ren\u00e9 Rapp')).toBe('René Rapp');
    expect(iimText('plain')).toBe('plain');
  });

  it('turns EXIF, XMP and IPTC-IIM times into one comparable local time', () => {
    expect(localTime('2023:09:12 20:15:03', '', '45')).toBe('2023-09-12T20:15:03.45');
    expect(localTime('2023-09-12T20:15:00-04:00')).toBe('2023-09-12T20:15:00');
    expect(localTime('20230912', '201500-0400')).toBe('2023-09-12T20:15:00');
    expect(localTime('2023-09-12')).toBe('2023-09-12T00:00:00');
    expect(localTime('0000:00:00 00:00:00')).toBeUndefined();
    expect(localTime('')).toBeUndefined();
  });

  it('reads the credit a caption ends with', () => {
    expect(creditInCaption(GETTY)).toEqual({ photographer: 'Kevin Mazur', agency: 'Getty Images for MTV' });
    expect(creditInCaption('No credit here.')).toEqual({ photographer: '', agency: '' });
  });
});

describe('photoFields', () => {
  it('reads XMP first: caption, credit, people, alt, keywords, time, event and place', () => {
    const fields = photoFields({
      xmp: {
        dc: { description: { lang: 'x-default', value: GETTY }, creator: 'Kevin Mazur', subject: ['Music', 2023] },
        photoshop: { Credit: 'Getty Images for MTV', City: 'Newark', State: 'New Jersey', Headline: 'VMAs - Backstage', DateCreated: '2023-09-12T20:15:00' },
        Iptc4xmpCore: { Location: 'Prudential Center', AltTextAccessibility: [{ lang: 'fr', value: 'Deux' }, { lang: 'x-default', value: 'Two singers' }] },
        Iptc4xmpExt: { PersonInImage: ['RENEE RAPP', 'Bebe Rexha'], Event: { lang: 'x-default', value: '2023 MTV Video Music Awards' } },
      },
      iim: { Caption: 'ignored', Byline: 'ignored', Credit: 'ignored' },
      exif: { DateTimeOriginal: '2023:09:12 20:15:03' },
    });
    expect(fields).toEqual({
      caption: 'Reneé Rapp & Bebe Rexha attend the 2023 MTV VMAs.',
      photographer: 'Kevin Mazur',
      agency: 'Getty Images for MTV',
      people: ['RENEE RAPP', 'Bebe Rexha'],
      keywords: ['Music', '2023'],
      alt: 'Two singers',
      taken: '2023-09-12T20:15:03',
      event: '2023 MTV Video Music Awards',
      place: 'Prudential Center, Newark, New Jersey',
    });
  });

  it('reads IPTC-IIM where only that is present, and IPTC Date Created without EXIF', () => {
    const fields = photoFields({
      iim: {
        Caption: 'NEWARK, NEW JERSEY - SEPTEMBER 12: Rene\u00c3\u00a9 Rapp performs.',
        Byline: 'Jo Ann',
        Credit: 'FilmMagic',
        Keywords: ['Rene\u00c3\u00a9 Rapp', 'Music'],
        DateCreated: '20230912',
        TimeCreated: '211500-0400',
        Sublocation: 'Prudential Center',
        City: 'Newark',
        State: 'New Jersey',
        Headline: '2023 MTV Video Music Awards',
      },
    });
    expect(fields).toEqual({
      caption: 'Reneé Rapp performs.',
      photographer: 'Jo Ann',
      agency: 'FilmMagic',
      people: [],
      keywords: ['Reneé Rapp', 'Music'],
      alt: '',
      taken: '2023-09-12T21:15:00',
      event: '2023 MTV Video Music Awards',
      place: 'Prudential Center, Newark, New Jersey',
    });
  });

  it('gives empty fields, and no time, for a photo without metadata; the credit from the caption when only that names it', () => {
    expect(photoFields({})).toEqual({ caption: '', photographer: '', agency: '', people: [], keywords: [], alt: '', event: '', place: '' });
    expect(photoFields({ xmp: { dc: { description: GETTY } } })).toMatchObject({ photographer: 'Kevin Mazur', agency: 'Getty Images for MTV' });
  });
});
