// Hostile addresses against vite preview and nginx: the probes, a preview started from
// another working directory, nginx as an unprivileged user, and a seeded, reproducible fuzz run
// (500 raw requests to each server, 50 generated queries in Chromium). Loopback only.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { setupBrowser } from '../support/browser';
import { fuzzPaths, fuzzQueries, type RawRequest } from '../support/fuzz';
import { freePort, startNginx, stopProcess, waitForServer, type RunningServer } from '../support/nginx';
import { wall } from '../support/screen';

const browser = setupBrowser();
const root = resolve(import.meta.dirname, '../../..');
const servers = [
  ['vite preview', inject('baseURL')],
  ['nginx', inject('nginxURL')],
] as const;

interface Answer {
  status: number;
  location?: string;
  body: string;
}

/** Sends a request exactly as written (no normalisation of the path), from 127.0.0.1 only. */
function send(origin: string, { method, path }: RawRequest): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  if (hostname !== '127.0.0.1') throw new Error(`not a loopback server: ${origin}`);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, method, path, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body = (body + chunk).slice(0, 200_000)));
      res.on('end', () => done({ status: res.statusCode!, location: res.headers.location, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path.slice(0, 80)}: no answer in 10 s`)));
    req.on('error', fail);
    req.end();
  });
}

/** A Location leaves the origin when it resolves to another one. */
const leaves = (origin: string, location: string | undefined) => location !== undefined && new URL(location, origin + '/').origin !== origin;
/** The not-found page, byte for byte (bodies are read as latin1, requested without compression). */
const NOT_FOUND = readFileSync(resolve(root, 'dist/404.html'), 'latin1');

describe.each(servers)('the issue’s probes, on %s', (_, origin) => {
  test('a doubled-slash address never redirects off the origin', async () => {
    const answer = await send(origin, { method: 'GET', path: '//x//evil.example/..%2fmoments%2fselena-gomez-and-rema' });
    expect(leaves(origin, answer.location), `Location: ${answer.location}`).toBe(false);
    expect(answer.status).toBe(404);
    expect(answer.body).toBe(NOT_FOUND);
  });

  test.each(['/%', '/%E0%A4%A', '/moments/%zz/'])('malformed encoding %s: 400 or the 404 page, no stack trace', async (path) => {
    const answer = await send(origin, { method: 'GET', path });
    expect([400, 404]).toContain(answer.status);
    if (answer.status === 404) expect(answer.body).toBe(NOT_FOUND);
    expect(answer.body).not.toMatch(/Error|\bat \S+ \(|node_modules|\/work\//);
  });

  test('a file outside dist/ answers exactly as a missing one does', async () => {
    const outside = await send(origin, { method: 'GET', path: '/..%2f..%2f..%2fetc%2fpasswd' });
    const missing = await send(origin, { method: 'GET', path: '/..%2f..%2f..%2fetc%2fno-such-file' });
    expect(outside.status).toBe(missing.status);
    expect(outside.body).toBe(missing.body);
    expect(outside.body).not.toContain('root:');
  });
});

describe('vite preview from another working directory', () => {
  let server: RunningServer | undefined;
  afterAll(() => server?.stop());

  test('still redirects a page’s folder and still serves the 404 page', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const vite = resolve(root, 'node_modules/vite/bin/vite.js');
    const child = spawn(process.execPath, [vite, 'preview', root, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: tmpdir(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server = { origin, stop: () => stopProcess(child) };
    await waitForServer(child, origin, () => log, 'vite preview');
    const bare = await send(origin, { method: 'GET', path: '/moments/selena-gomez-and-rema' });
    expect(bare.status).toBe(301);
    expect(bare.location).toBe('/moments/selena-gomez-and-rema/');
    const missing = await send(origin, { method: 'GET', path: '/no-such-page/' });
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(NOT_FOUND);
  });
});

describe('nginx as an unprivileged user', () => {
  const folder = mkdtempSync(join(tmpdir(), 'backstage-dist-'));
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  // As root, nginx is started as nobody on a copy of dist/ it may read; as anyone else, the
  // global setup's nginx already is unprivileged.
  test.runIf(process.getuid?.() === 0)('serves the wall and the 404 page as nobody', async () => {
    chmodSync(folder, 0o755);
    cpSync(resolve(root, 'dist'), join(folder, 'dist'), { recursive: true });
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' })));
    server = await startNginx(join(folder, 'dist'), {
      prefix: ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--'],
      asRoot: false,
      owner: [uid!, gid!],
    });
    expect((await send(server.origin, { method: 'GET', path: '/' })).status).toBe(200);
    const missing = await send(server.origin, { method: 'GET', path: '/nope' });
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(NOT_FOUND);
  });
});

describe('fuzzing (seeded, reproducible)', () => {
  const SEED = 20231027;

  test.each(servers)('500 generated requests to %s: no 5xx, no Location off the origin', { timeout: 120_000 }, async (name, origin) => {
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    const started = performance.now();
    for (const raw of fuzzPaths(SEED, 500)) {
      const answer = await send(origin, raw);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500) problems.push(`${answer.status} for ${raw.method} ${raw.path.slice(0, 120)}`);
      if (leaves(origin, answer.location)) problems.push(`Location ${answer.location} for ${raw.method} ${raw.path.slice(0, 120)}`);
      if (answer.status === 404 && raw.method === 'GET' && answer.body !== NOT_FOUND) problems.push(`a 404 without the 404 page for ${raw.path.slice(0, 120)}`);
    }
    const figures = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    console.log(`fuzz ${name} (seed ${SEED}): 500 requests in ${Math.round(performance.now() - started)} ms; ${figures}; ${problems.length} problems`);
    expect(problems).toEqual([]);
  });

  test('50 generated queries in Chromium: no page error, the wall or the 404 page each time', { timeout: 180_000 }, async () => {
    const page = await browser.newPage();
    let walls = 0;
    let notFound = 0;
    for (const [index, query] of fuzzQueries(SEED, 50).entries()) {
      const [, origin] = servers[index % servers.length]!;
      const target = new URL(query, origin).href;
      const status = query.startsWith('/?') ? (await page.goto(target))?.status() : await browser.gotoNotFound(page, target);
      expect(new URL(page.url()).origin, `${query} stays on the origin`).toBe(origin);
      if (status === 200) {
        await expect.poll(() => wall(page).list.count(), { message: `${query}: the wall` }).toBe(1);
        walls += 1;
      } else {
        expect(status, query).toBe(404);
        expect(await page.getByRole('heading', { level: 1, name: /not found/i }).count(), `${query}: the 404 page`).toBe(1);
        notFound += 1;
      }
    }
    console.log(`fuzz Chromium (seed ${SEED}): 50 queries, ${walls} walls, ${notFound} not-found pages, 0 page errors`);
  });
});
