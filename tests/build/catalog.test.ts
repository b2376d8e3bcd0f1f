import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../scripts/build/catalog-plugin';
import { syntheticCatalog } from '../../scripts/measure/synthetic-catalog.mjs';
import type { Catalog } from '../../src/content/types';

// `CATALOG=path npm run build` builds any catalogue, and stops on a wrong one.
const dir = mkdtempSync(join(tmpdir(), 'catalog-build-'));

function run(command: string, args: string[], catalog: string, env: Record<string, string> = {}) {
  // Without vitest's NODE_ENV=test, which would make `vite build` bundle React's development build.
  const { NODE_ENV: _test, ...inherited } = process.env;
  const result = spawnSync(command, args, { env: { ...inherited, CATALOG: catalog, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('CATALOG=path npm run build', () => {
  it('stops with exit code 1 and the message, without a stack trace, when the catalogue is wrong', () => {
    const wrong = syntheticCatalog(19);
    wrong.moments[3] = { ...wrong.moments[3]!, people: ['taylor-swift', 'sabrina'] };
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify(wrong));

    const { status, output } = run('npm', ['run', 'build'], file);
    expect(output).toContain(`${file} has 1 problem(s):`);
    expect(output).toContain('moment 4 "taylor-swift-and-sabrina-carpenter", field "people": unknown person id "sabrina"');
    expect(output).not.toMatch(/^\s+at /m);
    expect(status).toBe(1);
  }, 60_000);

  it('writes the catalogue it names as a content-hashed JSON file, and no moment into the JS', () => {
    const small = syntheticCatalog(21);
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify(small));
    const outDir = join(dir, 'dist');

    const { status, output } = run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], file);
    expect(output).toBe('');
    expect(status).toBe(0);
    const names = readdirSync(join(outDir, 'assets'));
    const data = names.filter((name) => /^catalog-[\w-]{10}\.json$/.test(name));
    expect(data).toHaveLength(1);
    const written = readCatalog(join(outDir, 'assets', data[0]!));
    // Moment 20 and the 60th person exist only in this catalogue.
    expect(small.people).toHaveLength(60);
    expect(written.moments.map((moment) => moment.slug)).toContain('shakira-and-her-sons-2');
    expect(written.people.at(-1)!.name).toBe(small.people.at(-1)!.name);
    expect(written.moments).toHaveLength(21);
    // The JS names the file, and holds no caption, slug or person of it.
    const bundled = names.filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('\n');
    expect(bundled.includes(`/assets/${data[0]}`), 'the data file named in the JS').toBe(true);
    expect(bundled.includes('shakira-and-her-sons-2'), 'moment 20 in the JS').toBe(false);
    expect(bundled.includes(small.people.at(-1)!.name), 'the 60th person in the JS').toBe(false);
    const captions = small.moments.map((moment) => moment.caption.slice(0, 40)).filter((caption) => bundled.includes(caption));
    expect(captions, 'captions in the JS').toEqual([]);
  }, 120_000);
});

const readCatalog = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Catalog;
const shipped = readCatalog(DEFAULT_CATALOG);

/** Words of the shipped event: its names, place and article, and every name, slug and credit of its moments. */
const SHIPPED_WORDS = [
  ...new Set(
    [
      ...['VMA', 'MTV', 'Video Music Awards', 'Abidor', 'BuzzFeed'],
      ...Object.values(shipped.event).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value))),
      ...shipped.people.map((person) => person.name),
      ...shipped.awards.map((award) => award.name),
      ...shipped.moments.flatMap((moment) => [moment.slug, moment.credit.photographer, moment.credit.agency, moment.trophyNote ?? []].flat()),
    ].filter(Boolean),
  ),
];

describe('CATALOG=tests/fixtures/other-event.json DIST=folder npm run build: another event', () => {
  const file = 'tests/fixtures/other-event.json';
  const other = readCatalog(file);
  // Beside dist/, which the other build tests and the e2e tests read.
  const out = mkdtempSync(join(tmpdir(), 'other-event-'));
  let build: ReturnType<typeof run>;
  beforeAll(() => {
    build = run('npm', ['run', 'build'], file, { DIST: out });
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const page = (path: string) => new DOMParser().parseFromString(readFileSync(join(out, path), 'utf8'), 'text/html');
  const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  /** What a reader and a link preview read: the text, the title, every named meta tag (not the CSP's hashes) and every label. */
  const readable = (doc: Document) => {
    const texts: string[] = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('script, style')) texts.push(node.textContent ?? '');
    }
    const labels = [...doc.querySelectorAll('[aria-label], [alt], [title], meta[name][content], meta[property][content]')].map((element) =>
      ['aria-label', 'alt', 'title', 'content'].map((name) => element.getAttribute(name) ?? '').join(' '),
    );
    // One text node apart from the next, so "Hall" and "19" never read as "Hall19".
    return [doc.title, ...texts, ...labels].join('\n').replace(/\s+/g, ' ');
  };

  it('builds into the folder DIST names', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/prerendered 7 pages \(in [\d.]+ s\) and 6 preview images/);
    expect(readdirSync(join(out, 'og')).sort()).toEqual(['wall.jpg', ...other.moments.map((moment) => `${moment.slug}.jpg`)].sort());
  });

  it('says its own event on the wall: names, count, article and author', () => {
    const wall = page('index.html');
    const text = readable(wall);
    expect(wall.querySelector('header')?.textContent).toContain('2031 Lakeshore Folk Music Honours, Live from Harbour Hall');
    expect(text).toContain('5 behind-the-scenes moments from the Folk Honours.');
    expect(wall.title).toBe('Backstage · 5 moments behind the scenes of the Folk Honours');
    // The full name would pass 160 characters: the description names the event by its short name.
    expect(meta(wall, 'description')).toBe(
      'An interactive wall of the 5 backstage moments of the 2031 Lakeshore Folk Honours: filter by who is in them and by award, and share any moment.',
    );
    expect(meta(wall, 'og:image:alt')).toContain('“5 moments behind the scenes of the 2031 Lakeshore Folk Honours”');
    const footer = wall.querySelector('footer')!;
    expect(footer.textContent).toBe(
      'Captions from “Five Warm Minutes Behind the Curtain at the Lakeshore Folk Honours” by Ada Quill, The Port Wren Courier. The artwork is generated; each moment credits the photographer of the original photo.',
    );
    const article = [...footer.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(article).toEqual([['“Five Warm Minutes Behind the Curtain at the Lakeshore Folk Honours”', 'https://example.com/lakeshore-folk-honours']]);
    const links = [...wall.querySelectorAll('ul[aria-label="Moments"] > li a[href]')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(other.moments.map((moment) => `/moments/${moment.slug}/`));
  });

  it('says its own event on a moment page', () => {
    const moment = page('moments/tomas-lindqvist-and-otis-bell/index.html');
    expect(moment.querySelector('h1')?.textContent).toBe('Tomas Lindqvist and Otis Bell');
    expect(moment.title).toBe('Tomas Lindqvist & Otis Bell · Backstage at the Folk Honours');
    expect(meta(moment, 'description')).toBe(
      'Tomas Lindqvist and Otis Bell backstage at the Folk Honours. Tomas Lindqvist swapped hats with Otis Bell, who had just taken the Newcomer Prize.',
    );
    expect(readable(moment)).toContain('Original photo: Sam Okoro / Courier Pictures');
    expect(moment.querySelector('footer')?.textContent).toMatch(/^Captions from “Five Warm Minutes Behind the Curtain at the Lakeshore Folk Honours” by Ada Quill/);
  });

  it('says its own event on the not-found page, with its first moment as the example address', () => {
    const notFound = page('404.html');
    expect(meta(notFound, 'description')).toBe('There is no page at this address. The wall of 5 moments from the 2031 Lakeshore Folk Honours is one click away.');
    expect(readable(notFound)).toContain('All 5 moments are on the wall.');
    const hint = [...notFound.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Moment addresses'));
    expect(hint?.textContent).toBe('Moment addresses are lowercase words joined by hyphens, like /moments/mira-okafor-and-june-park/.');
  });

  // It parses every page it reads: 5.4 s on a machine at load 20, past Vitest's default 5 s (a clean-clone CI, stop 28).
  it('has none of the shipped event’s words in any page, preview text, sitemap or script', { timeout: 60_000 }, () => {
    expect(SHIPPED_WORDS).toEqual(expect.arrayContaining(['2023 MTV Video Music Awards', 'Jen Abidor', 'Taylor Swift', 'selena-gomez-and-rema', 'Moon People']));
    const files = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(folder, entry.name)) : /\.(html|js|css|xml|txt)$|^_(headers|redirects)$/.test(entry.name) ? [join(folder, entry.name)] : [],
      );
    const served = files(out);
    expect(served.filter((path) => path.endsWith('.html'))).toHaveLength(7);
    for (const path of served) {
      const content = readFileSync(path, 'utf8');
      const found = SHIPPED_WORDS.filter((word) => content.includes(word));
      expect(found, relative(out, path)).toEqual([]);
      // "19 moments" and the like: the shipped count, in anything a reader or a link preview reads.
      if (path.endsWith('.html')) expect(readable(page(relative(out, path))), relative(out, path)).not.toMatch(/\b19\b/);
    }
  });
});
