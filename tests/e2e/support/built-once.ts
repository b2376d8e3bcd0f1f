// A site built once per test run into a folder of its own (the sample site, the 1,000-moment site)
// and served beside the default one by each test file that asks for it. Browser test files run two
// at a time, in separate workers: the first to ask builds, under a lock only one of them can
// take; the others wait for its mark, or fail with its error.
//
//   const sample = serveBuiltOnce({ dist: 'dist-sample', what: 'the sample build', build: … });
//   test('…', async () => { await page.goto(sample.url('/')); });
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, inject } from 'vitest';

export const root = resolve(import.meta.dirname, '../../..');
/** Where a run's locks and failures are kept: one folder per run, removed by global-setup's teardown. */
export const runFolder = (run: string) => join(root, 'node_modules/.cache/backstage-runs', run);

export interface BuiltOnce {
  /** The folder it is built into, e.g. dist-sample. */
  dist: string;
  /** What a failure calls it: "the sample build". */
  what: string;
  /** Writes whatever the build reads (photos, a catalogue file) before it runs. */
  prepare?: () => unknown;
  /** The environment `npm run build` gets, beside NODE_ENV=production and DIST. */
  env: Record<string, string>;
  /** How long a build may take, at most (a guard against a hang). */
  timeout: number;
}

/** `npm run build` into `dist` unless this test run has built it already, or is building it elsewhere. */
export async function buildOnce({ dist, what, prepare, env, timeout }: BuiltOnce): Promise<void> {
  const run = inject('runId');
  const mark = join(root, dist, '.built-for-run');
  const built = () => existsSync(mark) && readFileSync(mark, 'utf8') === run;
  if (built()) return;

  mkdirSync(runFolder(run), { recursive: true });
  const lock = join(runFolder(run), `${dist}.lock`);
  const failure = join(runFolder(run), `${dist}.failed`);
  let mine: number | undefined;
  try {
    mine = openSync(lock, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }

  if (mine === undefined) {
    // Another file is building it: wait for its mark or its failure.
    for (const deadline = Date.now() + timeout; Date.now() < deadline; await sleep(250)) {
      if (built()) return;
      if (existsSync(failure)) throw new Error(readFileSync(failure, 'utf8'));
    }
    throw new Error(`${what} did not finish in ${timeout / 1000} s (built by another test file)`);
  }

  closeSync(mine);
  try {
    await prepare?.();
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      timeout,
      env: { ...process.env, NODE_ENV: 'production', DIST: dist, ...env },
    });
    if (build.status !== 0) throw new Error(`${what} failed:\n${build.stdout.slice(-1500)}\n${build.stderr.slice(-3000)}`);
    writeFileSync(mark, run);
  } catch (error) {
    writeFileSync(failure, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

export interface Site {
  /** An absolute URL on the site, e.g. url('/moments/x/'). */
  url(path: string): string;
}

/** Builds (once per run) and serves the site for the tests of one file. */
export function serveBuiltOnce(site: BuiltOnce, name: string): Site {
  let server: PreviewServer | undefined;
  let origin = '';
  beforeAll(async () => {
    await buildOnce(site);
    server = await preview({ root, logLevel: 'warn', build: { outDir: site.dist }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  }, site.timeout + 60_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    url(path) {
      if (!origin) throw new Error(`${name}: the site is not served yet (call url() inside a test)`);
      return new URL(path, origin).href;
    },
  };
}
