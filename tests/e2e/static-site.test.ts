// dist/ as it is, on the plainest static file server (Python's http.server: no rewrite rules, no
// 404 page of ours), with and without JavaScript: every address is a real page.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalog, creditLine, momentTitle } from '../../src/content/catalog';
import type { Moment } from '../../src/content/types';
import { paths } from '../../src/paths';
import { setupBrowser } from './browser';
import { address, dialog, expectMoments, isChosen, waitForApp, wall } from './screen';

const browser = setupBrowser();
const root = resolve(import.meta.dirname, '../..');

/** An error that vitest prints as its one line, without a stack pointing here. */
function oneLine(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/** A port nobody listens on now: the one the system gives a server on port 0. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

let server: ChildProcess | undefined;
let serverLog = '';
/** The static server's origin, e.g. http://127.0.0.1:41235. */
let origin = '';
/** An absolute URL on the static server. */
const at = (path: string) => new URL(path, origin).href;

beforeAll(async () => {
  const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (python.error || python.status !== 0) throw oneLine('python3 is missing: the static-site tests serve dist/ with python3 -m http.server');

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that afterAll ends it and anything it started.
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  const keep = (chunk: Buffer) => {
    serverLog = (serverLog + chunk.toString()).slice(-2_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw oneLine(`python3 -m http.server exited with ${child.exitCode}: ${serverLog.trim()}`);
    try {
      const response = await fetch(at('/'));
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw oneLine(`python3 -m http.server did not answer on ${origin} within 15 s: ${serverLog.trim()}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
});

afterAll(async () => {
  const child = server;
  server = undefined;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 3_000);
  await exited;
  clearTimeout(timer);
});

/** The moment's page is on screen: its h1, caption and credit. */
async function expectMomentPage(page: Page, moment: Moment, how: string): Promise<void> {
  const title = momentTitle(moment);
  const heading = page.getByRole('heading', { level: 1 });
  expect(await heading.textContent(), `${how}: the h1`).toBe(title);
  expect(await heading.isVisible(), `${how}: the h1 is seen`).toBe(true);
  expect(await page.getByText(moment.caption, { exact: true }).isVisible(), `${how}: the caption`).toBe(true);
  expect(await page.getByText(creditLine(moment), { exact: true }).isVisible(), `${how}: the credit`).toBe(true);
}

describe('dist/ on a plain static server (python3 -m http.server)', () => {
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

describe('without JavaScript, on the static server', () => {
  test('a moment’s address shows its heading, caption, artwork and credit', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const moment of [catalog.moments[0]!, catalog.moments[2]!, catalog.moments.at(-1)!]) {
      const path = paths.moment.getHref(moment.slug);
      const response = await page.goto(at(path));
      expect(response?.status(), `GET ${path}`).toBe(200);
      await expectMomentPage(page, moment, path);
      const artwork = page.getByRole('img', { name: moment.alt, exact: true });
      expect(await artwork.count(), `${path}: one artwork named by its alt text`).toBe(1);
      expect(await artwork.isVisible(), `${path}: the artwork is seen`).toBe(true);
      const box = await artwork.boundingBox();
      expect(box!.width * box!.height, `${path}: the artwork has a size`).toBeGreaterThan(10_000);
    }
  });

  test('the wall lists the 19 moments, each a link to its page, and a link leads there', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const response = await page.goto(at('/'));
    expect(response?.status(), 'GET /').toBe(200);
    const { items, links } = wall(page);
    expect(await items.count()).toBe(19);
    for (let index = 0; index < 19; index++) {
      expect(await items.nth(index).getByRole('link').count(), `card ${index + 1} holds one link`).toBe(1);
    }
    const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(hrefs).toEqual(catalog.moments.map((moment) => paths.moment.getHref(moment.slug)));
    expect(await items.nth(4).isVisible(), 'the cards are seen').toBe(true);

    const moment = catalog.moments[4]!;
    await links.nth(4).click();
    await expect.poll(() => address(page), { message: 'following the link' }).toBe(paths.moment.getHref(moment.slug));
    await expectMomentPage(page, moment, 'after following the link');
  });
});

describe('with JavaScript, on the static server', () => {
  test('a moment opened cold hydrates; its person link filters the wall in place; a card there opens the dialog', async () => {
    const page = await browser.newPage();
    const moment = catalog.moments.find((each) => each.slug === 'selena-gomez-and-rema')!;
    const response = await page.goto(at(paths.moment.getHref(moment.slug)));
    expect(response?.status()).toBe(200);
    await waitForApp(page);
    await expectMomentPage(page, moment, 'opened cold');

    await page.evaluate(() => {
      (window as unknown as { __marker?: number }).__marker = 1;
    });
    await page.getByRole('link', { name: 'Rema', exact: true }).click();
    await expect.poll(() => address(page), { message: 'the wall filtered by Rema' }).toBe(paths.person.getHref('rema'));
    await expectMoments(page, 1);
    expect(await wall(page).links.getAttribute('href')).toBe(paths.moment.getHref(moment.slug));
    expect(await isChosen(wall(page).filter('Rema'))).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { __marker?: number }).__marker),
      'the same document: no full page load',
    ).toBe(1);

    await wall(page).links.first().click();
    await expect.poll(() => dialog(page, momentTitle(moment)).count(), { message: 'the dialog opens' }).toBe(1);
    expect(address(page)).toBe(paths.moment.getHref(moment.slug));
    expect(await wall(page).items.count(), 'the wall is still behind it').toBe(1);
  });
});
