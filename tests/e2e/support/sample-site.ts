// The sample catalogue's site (content/sample/, photos made by scripts/serve/sample.mjs), built
// into dist-sample/ once per test run, whichever photo test file needs it first, and served
// beside the default site by each file that asks for it:
//
//   const sample = serveSampleSite();
//   test('…', async () => { await page.goto(sample.url('/')); });
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, inject } from 'vitest';
import { SAMPLE_CATALOG, writeSamplePhotos } from '../../../scripts/serve/sample.mjs';

export const root = resolve(import.meta.dirname, '../../..');
export const SAMPLE_DIST = 'dist-sample';
/** Names the test run that built dist-sample/ (global-setup's run id), so the next file reuses it. */
const MARK = join(root, SAMPLE_DIST, '.built-for-run');

/** Builds the sample site unless this test run already has. */
export async function buildSampleSite(): Promise<void> {
  const run = inject('runId');
  if (existsSync(MARK) && readFileSync(MARK, 'utf8') === run) return;
  await writeSamplePhotos();
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', CATALOG: SAMPLE_CATALOG, DIST: SAMPLE_DIST },
  });
  if (build.status !== 0) throw new Error(`the sample build failed:\n${build.stdout.slice(-1500)}\n${build.stderr.slice(-3000)}`);
  writeFileSync(MARK, run);
}

export interface SampleSite {
  /** An absolute URL on the sample site, e.g. url('/moments/x/'). */
  url(path: string): string;
}

/** Builds (once per run) and serves the sample site for the tests of one file. */
export function serveSampleSite(): SampleSite {
  let server: PreviewServer | undefined;
  let origin = '';
  beforeAll(async () => {
    await buildSampleSite();
    server = await preview({ root, logLevel: 'warn', build: { outDir: SAMPLE_DIST }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    url(path) {
      if (!origin) throw new Error('serveSampleSite(): the sample site is not served yet (call url() inside a test)');
      return new URL(path, origin).href;
    },
  };
}
