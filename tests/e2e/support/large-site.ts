// A catalogue of 1,000 moments (the shipped 19 cloned, scripts/measure/synthetic-catalog.mjs),
// built into dist-large/ once per test run, whichever test file needs it first, without link
// preview images (PREVIEW_IMAGES=off: no test of it looks at them), and served beside the
// default site by each file that asks for it:
//
//   const large = serveLargeSite();
//   test('…', async () => { await page.goto(large.url('/')); });
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, inject } from 'vitest';
import { syntheticCatalog } from '../../../scripts/measure/synthetic-catalog.mjs';
import { joinNames } from '../../../src/domain/standalone-text';

export const root = resolve(import.meta.dirname, '../../..');
export const LARGE_DIST = 'dist-large';
export const LARGE_SIZE = 1000;
const CATALOG = join(root, 'node_modules/.cache/backstage-large', `catalog-${LARGE_SIZE}.json`);
/** Names the test run that built dist-large/ (global-setup's run id), so the next file reuses it. */
const MARK = join(root, LARGE_DIST, '.built-for-run');

interface LargeMoment {
  slug: string;
  number: number;
  people: string[];
}
interface LargeCatalog {
  people: { id: string; name: string }[];
  moments: LargeMoment[];
}

/** The large catalogue, as its file has it. */
export const largeCatalog = syntheticCatalog(LARGE_SIZE) as LargeCatalog;
const names = new Map(largeCatalog.people.map((person) => [person.id, person.name]));
/** A large-catalogue moment's card link name: its people and number, as the wall names it. */
export const largeCardName = (moment: LargeMoment) => `${joinNames(moment.people.map((id) => names.get(id) ?? id))}, moment ${moment.number}`;

/** Builds the large site unless this test run already has. */
export async function buildLargeSite(): Promise<void> {
  const run = inject('runId');
  if (existsSync(MARK) && readFileSync(MARK, 'utf8') === run) return;
  mkdirSync(join(CATALOG, '..'), { recursive: true });
  const schema = relative(join(CATALOG, '..'), join(root, 'content/catalog.schema.json'));
  writeFileSync(CATALOG, `${JSON.stringify({ $schema: schema, ...largeCatalog })}\n`);
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', CATALOG, DIST: LARGE_DIST, PREVIEW_IMAGES: 'off' },
  });
  if (build.status !== 0) throw new Error(`the large build failed:\n${build.stdout.slice(-1500)}\n${build.stderr.slice(-3000)}`);
  writeFileSync(MARK, run);
}

export interface LargeSite {
  /** An absolute URL on the large site, e.g. url('/?person=taylor-swift'). */
  url(path: string): string;
}

/** Builds (once per run) and serves the large site for the tests of one file. */
export function serveLargeSite(): LargeSite {
  let server: PreviewServer | undefined;
  let origin = '';
  beforeAll(async () => {
    await buildLargeSite();
    server = await preview({ root, logLevel: 'warn', build: { outDir: LARGE_DIST }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  }, 600_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    url(path) {
      if (!origin) throw new Error('serveLargeSite(): the large site is not served yet (call url() inside a test)');
      return new URL(path, origin).href;
    },
  };
}
