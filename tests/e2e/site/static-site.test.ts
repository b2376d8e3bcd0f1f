// dist/ as it is, on real static servers, with and without JavaScript: every address is a real
// page. The plainest (Python's http.server: no rewrite rules, no 404 page of ours) and nginx with
// the project's configuration (deploy/nginx.conf), which also gives the 404 page, the redirects,
// the caching and the security headers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { momentBySlug, momentsAt } from '../../catalogue';
import { momentTitle } from '../../../src/content/catalog';
import { catalog } from '../../catalogue';
import { paths } from '../../../src/paths';
import { headersFor, parseHeadersFile } from '../../../scripts/serve/headers-file.mjs';
import { setupBrowser } from '../support/browser';
import { expectMomentPage } from '../support/moment';
import { freePort, oneLine, stopProcess, waitForServer } from '../support/nginx';
import { address, cardHrefs, dialog, expectWall, isChosen, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();
const root = resolve(import.meta.dirname, '../../..');

let python: ChildProcess | undefined;
let pythonLog = '';
const servers = { 'python3 -m http.server': '', nginx: inject('nginxURL') };
type ServerName = keyof typeof servers;

beforeAll(async () => {
  const version = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) throw oneLine('python3 is missing: the static-site tests serve dist/ with python3 -m http.server');

  const port = await freePort();
  servers['python3 -m http.server'] = `http://127.0.0.1:${port}`;
  // Its own process group, so that afterAll ends it and anything it started.
  python = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    pythonLog = (pythonLog + chunk.toString()).slice(-2_000);
  };
  python.stdout!.on('data', keep);
  python.stderr!.on('data', keep);
  try {
    await waitForServer(python, servers['python3 -m http.server'], () => pythonLog, 'python3 -m http.server');
  } catch (error) {
    throw oneLine(error instanceof Error ? error.message : String(error));
  }
});

afterAll(async () => {
  if (python) await stopProcess(python);
  python = undefined;
});

describe.each(Object.keys(servers) as ServerName[])('dist/ on %s', (server) => {
  /** An absolute URL on this server. */
  const at = (path: string) => new URL(path, servers[server]).href;

  test('every moment’s address is its page; without the trailing slash too; a reload too', { timeout: 90_000 }, async () => {
    const page = await browser.newPage();
    for (const moment of catalog.moments) {
      const path = paths.moment.getHref(moment.slug);

      const response = await page.goto(at(path));
      expect(response?.status(), `GET ${path}`).toBe(200);
      await expectMomentPage(page, moment, path);

      await page.reload();
      expect(address(page), `${path} reloaded`).toBe(path);
      await expectMomentPage(page, moment, `${path} reloaded`);

      const bare = path.replace(/\/$/, '');
      const redirected = await page.goto(at(bare));
      expect(redirected?.status(), `GET ${bare}, redirected`).toBe(200);
      expect(address(page), `${bare} ends on the moment’s address`).toBe(path);
      await expectMomentPage(page, moment, bare);
    }
    // The last one ran the app: it hydrated without an error (the harness fails on any).
    await waitForApp(page);
  });

  test('an unknown address answers 404', async () => {
    for (const path of ['/no-such-page/', '/moments/no-such-moment/', '/moments/no-such-moment']) {
      const response = await fetch(at(path));
      expect(response.status, `GET ${path}`).toBe(404);
    }
  });
});

describe.each(Object.keys(servers) as ServerName[])('without JavaScript, on %s', (server) => {
  const at = (path: string) => new URL(path, servers[server]).href;

  test('a moment’s address shows its heading, caption, artwork, what the photo shows and credit', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const moment of [catalog.moments[0]!, catalog.moments[2]!, catalog.moments.at(-1)!]) {
      const path = paths.moment.getHref(moment.slug);
      const response = await page.goto(at(path));
      expect(response?.status(), `GET ${path}`).toBe(200);
      await expectMomentPage(page, moment, path);
      const artwork = page.locator(`[data-artwork="${moment.slug}"][aria-hidden="true"]`);
      expect(await artwork.count(), `${path}: one decorative artwork`).toBe(1);
      expect(await artwork.isVisible(), `${path}: the artwork is seen`).toBe(true);
      const box = await artwork.boundingBox();
      expect(box!.width * box!.height, `${path}: the artwork has a size`).toBeGreaterThan(10_000);
    }
  });

  test('the wall lists every moment, each a link to its page, and a link leads there', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const response = await page.goto(at('/'));
    expect(response?.status(), 'GET /').toBe(200);
    const { items, links } = wall(page);
    expect(await items.count()).toBe(catalog.moments.length);
    for (let index = 0; index < catalog.moments.length; index++) {
      expect(await items.nth(index).getByRole('link').count(), `card ${index + 1} holds one link`).toBe(1);
    }
    expect(await cardHrefs(page)).toEqual(catalog.moments.map((moment) => paths.moment.getHref(moment.slug)));
    expect(await items.nth(4).isVisible(), 'the cards are seen').toBe(true);

    const moment = catalog.moments[4]!;
    await links.nth(4).click();
    await expect.poll(() => address(page), { message: 'following the link' }).toBe(paths.moment.getHref(moment.slug));
    await expectMomentPage(page, moment, 'after following the link');
  });
});

describe.each(Object.keys(servers) as ServerName[])('with JavaScript, on %s', (server) => {
  const at = (path: string) => new URL(path, servers[server]).href;

  test('a moment opened cold hydrates; its person link filters the wall in place; a card there opens the dialog', async () => {
    const page = await browser.newPage();
    const moment = momentBySlug('selena-gomez-and-rema');
    const remas = momentsAt(paths.person.getHref('rema'));
    const response = await page.goto(at(paths.moment.getHref(moment.slug)));
    expect(response?.status()).toBe(200);
    await waitForApp(page);
    await expectMomentPage(page, moment, 'opened cold');

    await page.evaluate(() => {
      (window as unknown as { __marker?: number }).__marker = 1;
    });
    await page.getByRole('link', { name: 'Rema', exact: true }).click();
    await expect.poll(() => address(page), { message: 'the wall filtered by Rema' }).toBe(paths.person.getHref('rema'));
    await expectWall(page, paths.person.getHref('rema'));
    expect(await isChosen(wall(page).filter('Rema'))).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { __marker?: number }).__marker),
      'the same document: no full page load',
    ).toBe(1);

    await wall(page).links.nth(remas.indexOf(moment)).click();
    await expect.poll(() => dialog(page, momentTitle(moment)).count(), { message: 'the dialog opens' }).toBe(1);
    expect(address(page)).toBe(paths.moment.getHref(moment.slug));
    expect(await wall(page).items.count(), 'the wall is still behind it').toBe(remas.length);
  });
});

describe.each([
  ['vite preview', inject('baseURL')],
  ['nginx', inject('nginxURL')],
])('%s answers as the host files (dist/_headers) say', (_, origin) => {
  const policy = headersFor(parseHeadersFile(readFileSync(resolve(root, 'dist/_headers'), 'utf8')), '/*');
  const asset = `/assets/${readFileSync(resolve(root, 'dist/index.html'), 'utf8').match(/assets\/(index-[\w-]+\.js)/)![1]}`;
  const get = (path: string) => fetch(new URL(path, origin), { redirect: 'manual', headers: { 'Accept-Encoding': 'gzip' } });

  test.each([
    ['/', 200, 'no-cache'],
    [paths.moment.getHref('selena-gomez-and-rema'), 200, 'no-cache'],
    [asset, 200, 'public, max-age=31536000, immutable'],
    ['/og/wall.jpg', 200, 'no-cache'],
    ['/no-such-page', 404, undefined],
  ] as const)('%s: status %i, the security headers, its caching', async (path, status, cache) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
      expect(response.headers.get(name), name).toBe(policy[name]);
    }
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    if (cache) expect(response.headers.get('Cache-Control')).toBe(cache);
    if (status === 404) expect(await response.text()).toBe(readFileSync(resolve(root, 'dist/404.html'), 'utf8'));
    // Text comes precompressed (dist/ holds a .gz beside it), and says it varies by encoding.
    if (status === 200 && !path.endsWith('.jpg')) {
      expect(response.headers.get('Content-Encoding'), 'gzip').toBe('gzip');
      expect(response.headers.get('Vary')).toMatch(/Accept-Encoding/);
    }
  });

  test('a moment’s address without its slash: 301 to the path with it, on this origin, query kept', async () => {
    const href = paths.moment.getHref('selena-gomez-and-rema');
    const response = await get(`${href.slice(0, -1)}?person=rema`);
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toBe(`${href}?person=rema`);
  });

  test('the files for other hosts (_headers, _redirects) are not served', async () => {
    for (const path of ['/_headers', '/_redirects']) expect((await get(path)).status, path).toBe(404);
  });
});
