import { describe, expect, it } from 'vitest';
import { catalog, momentTitle } from '../../../src/content/catalog';
import { headFor } from '../../../src/head';

const momentHead = (number: number) => headFor(`/moments/${catalog.moments[number - 1]!.slug}/`);

describe('headFor', () => {
  it('describes the wall, and names its filters in the title', () => {
    expect(headFor('/')).toMatchObject({ canonicalPath: '/', image: { path: '/og/wall.jpg' }, type: 'website', status: 200 });
    expect(headFor('/').title).toBe('Backstage · 19 moments behind the scenes of the 2023 VMAs');
    expect(headFor('/', '?person=karol-g').title).toBe('Karol G: 3 moments · Backstage');
    expect(headFor('/', '?person=taylor-swift&person=selena-gomez').title).toBe('Taylor Swift + Selena Gomez: 1 moment · Backstage');
    expect(headFor('/').description).toBe(
      'An interactive wall of the 19 backstage moments of the 2023 MTV Video Music Awards: filter by who is in them and by award, and share any moment.',
    );
    expect(headFor('/').image.alt).toBe(
      'The word Backstage and “19 moments behind the scenes of the 2023 MTV VMAs”, beside a tilted mosaic of numbered abstract artworks',
    );
  });

  it('describes a moment on its own: who, where, then the caption as a sentence, with its own address and preview image', () => {
    expect(headFor('/moments/nsync-reunited/')).toMatchObject({
      title: 'NSYNC · Backstage at the 2023 VMAs',
      description: 'NSYNC backstage at the 2023 VMAs. NSYNC goofed around backstage — the group reunited to present the Best Pop Award to Taylor Swift.',
      canonicalPath: '/moments/nsync-reunited/',
      image: { path: '/og/nsync-reunited.jpg' },
      type: 'article',
    });
    expect(momentHead(6).description).toBe('Halle Bailey, Chloe Bailey and Taylor Swift backstage at the 2023 VMAs. They also sweetly chatted with Taylor Swift.');
    expect(momentHead(15).description).toBe('Kelsea Ballerini, Chase Stokes and Billy Porter backstage at the 2023 VMAs. …and Billy Porter!');
    expect(momentHead(14).description).toBe('Kelsea Ballerini, Chase Stokes and Reneé Rapp backstage at the 2023 VMAs. The pair also posed with Reneé Rapp.');
  });

  it('keeps every description to 160 characters, cut at a word with "…", never ending in ":"', () => {
    for (const moment of catalog.moments) {
      const { description } = headFor(`/moments/${moment.slug}/`);
      expect(Array.from(description).length, moment.slug).toBeLessThanOrEqual(160);
      expect(description.startsWith(`${momentTitle(moment)} backstage at the 2023 VMAs. `), moment.slug).toBe(true);
      expect(description, moment.slug).toMatch(/(?:[.!?]|\p{L}…)$/u);
    }
    expect(momentHead(1).description).toBe(
      'Shakira, Milan and Sasha backstage at the 2023 VMAs. Shakira was honored with the Video Vanguard Award and brought the most adorable dates — her sons, Milan…',
    );
  });

  it('keeps every title to 60 characters, naming everyone, and no two moments alike', () => {
    const titles = catalog.moments.map((moment) => headFor(`/moments/${moment.slug}/`).title);
    for (const title of titles) expect(Array.from(title).length, title).toBeLessThanOrEqual(60);
    expect(new Set(titles).size).toBe(titles.length);
    expect(momentHead(3).title).toBe('Selena Gomez & Rema · Backstage at the 2023 VMAs');
    expect(momentHead(13).title).toBe('Kelsea Ballerini, Chase Stokes & Bebe Rexha · 2023 VMAs');
    expect(headFor('/', `?${catalog.people.map((person) => `person=${person.id}`).join('&')}`).title.length).toBeLessThanOrEqual(60);
  });

  it('says in its image alt text what the preview image shows: generated artwork and the words, not the photo', () => {
    expect(momentHead(3).image.alt).toBe(
      'Generated artwork with the number 03, two spotlights and a gold star, beside the words “Selena Gomez and Rema, backstage at the 2023 VMAs”, the caption and the original photo’s credit. Not the photo.',
    );
    expect(headFor('/').image.alt).toMatch(/mosaic of numbered abstract artworks/);
  });

  it('gives anything else a not-found head with no canonical address', () => {
    for (const path of ['/moments/no-such-moment/', '/nope', '/moments/']) {
      const head = headFor(path);
      expect(head).toMatchObject({
        title: 'Not found · Backstage',
        description: 'There is no page at this address. The wall of 19 moments from the 2023 MTV VMAs is one click away.',
        status: 404,
      });
      expect(head.canonicalPath).toBeUndefined();
    }
  });
});
