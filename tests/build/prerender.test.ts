import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditLine, momentPageTitle, momentText, momentTitle } from '../../src/content/catalog';
import { paths } from '../../src/paths';
import { catalog } from '../catalogue';

// What `npm run build` wrote, read as a crawler that runs no JavaScript would (jsdom's parser).
const dist = join(process.cwd(), 'dist');
const page = (file: string) => new DOMParser().parseFromString(readFileSync(join(dist, file), 'utf8'), 'text/html');
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every preview image is a JPEG this small (issue 12), whatever the unfurler. */
const OG_MAX_BYTES = 120 * 1024;

/** The start-of-frame markers of baseline JPEGs: SOF0 (baseline DCT) and SOF1 (extended sequential DCT). */
const BASELINE_FRAMES = [0xc0, 0xc1];

/** Format, size and pixel dimensions of a JPEG, and its kind of frame, from its start-of-frame marker. */
function jpegInfo(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.readUInt16BE(0), 'starts with a JPEG SOI marker').toBe(0xffd8);
  for (let at = 2; at + 9 < bytes.length; at += 2 + bytes.readUInt16BE(at + 2)) {
    expect(bytes[at], 'a marker').toBe(0xff);
    const marker = bytes[at + 1]!;
    // SOF0–SOF15, less DHT (C4), JPG (C8) and DAC (CC): height, then width.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const frame = { name: `SOF${marker - 0xc0}`, baseline: BASELINE_FRAMES.includes(marker) };
      return { bytes: bytes.length, width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5), frame };
    }
  }
  throw new Error(`${file}: no JPEG frame header`);
}

function expectPreviewImage(file: string) {
  const info = jpegInfo(join(dist, 'og', file));
  expect({ width: info.width, height: info.height }).toEqual({ width: 1200, height: 630 });
  expect(info.bytes, `${file} is at most 120 KB`).toBeLessThanOrEqual(OG_MAX_BYTES);
  // Baseline, as scripts/build/og/parts.tsx chose to write them (progressive saved 3 % for twice the time).
  expect(info.frame.baseline, `${file} is a baseline JPEG (SOF0/SOF1), not ${info.frame.name}`).toBe(true);
}

function absoluteUrl(value: string | null | undefined) {
  expect(value).toBeTruthy();
  const url = new URL(value!); // throws for a relative address
  expect(url.protocol).toMatch(/^https?:$/);
  return url;
}

describe.each(catalog.moments)('the prerendered page of moment $number', (moment) => {
  const file = `${paths.moment.getHref(moment.slug).slice(1)}index.html`;
  const doc = page(file);

  it('holds its heading, caption, what the photo shows and its credit as HTML; the artwork is hidden from assistive technology', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(momentTitle(moment));
    expect(doc.body.textContent).toContain(moment.caption);
    expect(doc.body.textContent).toContain(`In the photo: ${moment.alt}`);
    expect(doc.body.textContent).toContain(creditLine(moment));
    expect(creditLine(moment)).toMatch(/^Original photo: /);
    expect(doc.querySelectorAll('[role="img"], img')).toHaveLength(0);
    const artwork = doc.querySelector(`[data-artwork="${moment.slug}"]`);
    expect(artwork?.getAttribute('aria-hidden')).toBe('true');
  });

  it('describes itself to link previews with absolute addresses, in words that stand alone', () => {
    expect(doc.title).toBe(momentPageTitle(moment));
    expect(Array.from(doc.title).length).toBeLessThanOrEqual(60);
    const description = momentText(moment).description;
    expect(Array.from(description).length).toBeLessThanOrEqual(160);
    expect(description).not.toMatch(/:$/);
    expect(meta(doc, 'description')).toBe(description);
    const canonical = absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(canonical.pathname).toBe(paths.moment.getHref(moment.slug));
    expect(absoluteUrl(meta(doc, 'og:url')).href).toBe(canonical.href);
    expect(meta(doc, 'og:title')).toBe(doc.title);
    expect(meta(doc, 'og:description')).toBe(description);
    expect(meta(doc, 'twitter:description')).toBe(description);
    expect(meta(doc, 'og:locale')).toBe('en_US');
    expect(meta(doc, 'og:type')).toBe('article');
    expect(absoluteUrl(meta(doc, 'og:image')).pathname).toBe(`/og/${moment.slug}.jpg`);
    expect(meta(doc, 'og:image:type')).toBe('image/jpeg');
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    expect(meta(doc, 'og:image:alt')).toMatch(new RegExp(`^Generated artwork with the number ${String(moment.number).padStart(2, '0')}, .*Not the photo\\.$`));
    expect(meta(doc, 'og:image:alt')).not.toContain(moment.alt);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
  });

  it('has a 1200×630 preview image: a baseline JPEG of at most 120 KB', () => {
    expectPreviewImage(`${moment.slug}.jpg`);
  });
});

describe('the prerendered wall', () => {
  const doc = page('index.html');

  it('lists every moment as a working link without JavaScript', () => {
    const list = doc.querySelector('ul[aria-label="Moments"]');
    const links = [...list!.querySelectorAll(':scope > li a[href]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(catalog.moments.map((moment) => paths.moment.getHref(moment.slug)));
    for (const href of links) expect(existsSync(join(dist, href!, 'index.html'))).toBe(true);
  });

  it('has exactly one preview image per moment and the wall’s, all JPEGs', () => {
    const expected = ['wall.jpg', ...catalog.moments.map((moment) => `${moment.slug}.jpg`)].sort();
    expect(readdirSync(join(dist, 'og')).sort()).toEqual(expected);
  });

  it('links an apple-touch-icon: a 180×180 PNG', () => {
    const href = doc.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href');
    expect(href).toBe('/apple-touch-icon.png');
    expect(pngSize(join(dist, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
  });

  it('has its own preview image (a 1200×630 baseline JPEG of at most 120 KB) and tags', () => {
    expect(meta(doc, 'og:locale')).toBe('en_US');
    expect(absoluteUrl(meta(doc, 'og:image')).pathname).toBe('/og/wall.jpg');
    expect(meta(doc, 'og:image:type')).toBe('image/jpeg');
    expectPreviewImage('wall.jpg');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).pathname).toBe('/');
  });
});

describe('the not-found page, sitemap and robots.txt', () => {
  it('prerenders a not-found page that is not indexed and leads back to the wall', () => {
    const doc = page('404.html');
    expect(doc.querySelector('h1')?.textContent).toBe('Page not found');
    const back = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'Back to the wall');
    expect(back?.getAttribute('href')).toBe('/');
    expect(meta(doc, 'robots')).toBe('noindex');
    // The example address is the catalogue's exampleMoment.
    const hint = [...doc.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Moment addresses'));
    expect(hint?.textContent).toBe('Moment addresses are lowercase words joined by hyphens, like /moments/selena-gomez-and-rema/.');
  });

  it('credits the article on every page, from the catalogue’s event.source, without a link since it gives no address', () => {
    for (const file of ['index.html', '404.html', `${paths.moment.getHref(catalog.moments[0]!.slug).slice(1)}index.html`]) {
      const footer = page(file).querySelector('footer');
      expect(footer?.textContent, file).toBe(
        'Captions from “19 Extremely Pure Things That Happened At The 2023 Video Music Awards” by Jen Abidor, BuzzFeed. The artwork is generated; each moment credits the photographer of the original photo.',
      );
      expect(footer?.querySelectorAll('a'), file).toHaveLength(0);
    }
  });

  it('lists the wall and every moment in sitemap.xml, and points robots.txt at it', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => absoluteUrl(match[1]).pathname);
    expect(locations).toEqual(['/', ...catalog.moments.map((moment) => paths.moment.getHref(moment.slug))]);
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(absoluteUrl(/^Sitemap: (.+)$/m.exec(robots)?.[1]).pathname).toBe('/sitemap.xml');
  });
});

describe('the moments are data, not inside the bundle (issue 21)', () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const requested = [...html.matchAll(/=fetch\(("[^"]+")\)/g)].map(([, url]) => JSON.parse(url!) as string);

  it("each page's loader requests the one content-hashed head of the catalogue; the words are in chunks it names, together the whole catalogue", () => {
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(/^\/assets\/catalog-[\w-]{10}\.json$/);
    const { chunks, ...head } = JSON.parse(readFileSync(join(dist, requested[0]!), 'utf8')) as Omit<typeof catalog, 'moments'> & {
      moments: ((typeof catalog.moments)[number] & { lengths?: number[] })[];
      chunks: string[];
    };
    expect(chunks).toHaveLength(Math.ceil(catalog.moments.length / 100));
    for (const chunk of chunks) expect(chunk).toMatch(/^\/assets\/words-\d+-[\w-]{10}\.json$/);
    const words = chunks.flatMap((chunk) => JSON.parse(readFileSync(join(dist, chunk), 'utf8')) as object[]);
    expect(head.moments.some((moment) => 'caption' in moment || 'credit' in moment), 'the head holds no words').toBe(false);
    // Each moment's lengths (a card waiting for its words is as tall as they will make it) are its words' own.
    const lengths = head.moments.map((moment) => moment.lengths);
    expect(lengths).toEqual(catalog.moments.map(({ caption, alt, credit }) => [caption.length, alt.length, credit.photographer.length + credit.agency.length]));
    const whole = head.moments.map(({ lengths: _lengths, ...moment }, index) => ({ ...moment, ...words[index] }));
    expect({ ...head, moments: whole }).toEqual(JSON.parse(JSON.stringify(catalog)));
    for (const file of ['404.html', `${paths.moment.getHref(catalog.moments[3]!.slug).slice(1)}index.html`]) {
      expect(readFileSync(join(dist, file), 'utf8'), file).toContain(`=fetch(${JSON.stringify(requested[0])})`);
    }
  });

  it('the initial JS holds no caption, slug or credit of the catalogue', async () => {
    const { initialScripts } = await import('../../scripts/measure/size.mjs');
    const files = initialScripts(html);
    expect(files.length).toBeGreaterThan(0);
    const js = files.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    expect(js).toContain(requested[0]);
    const found = catalog.moments.flatMap((moment) =>
      [moment.caption.slice(0, 40), `"${moment.slug}"`, moment.credit.photographer].filter((text) => js.includes(text)),
    );
    expect(found).toEqual([]);
  });
});
