// Starts the production build (dist/) with Vite's preview server and with nginx, each on a free
// port, for the e2e project, finds the Chromium to drive, and hands them to the tests through `inject()`.
import { existsSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../scripts/measure/find-chromium.mjs';
import { runFolder } from './built-once';
import { oneLine, startNginx } from './nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's origin, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseURL: string;
    /** nginx's origin on the same dist/ (deploy/nginx.conf), e.g. http://127.0.0.1:41235. */
    nginxURL: string;
    /** The Chromium executable to launch. */
    chromiumPath: string;
    /** This test run, by name: what is built once per run (the sample site) is kept under it. */
    runId: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) throw oneLine('dist/index.html is missing: run npm run build first');

  let chromiumPath: string;
  try {
    chromiumPath = findChromium();
  } catch (error) {
    throw oneLine(error instanceof Error ? error.message : String(error));
  }

  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address?.port) {
    await server.close();
    throw oneLine('vite preview did not report the port it listens on');
  }

  let nginx;
  try {
    nginx = await startNginx(resolve(root, 'dist'));
  } catch (error) {
    await server.close();
    throw oneLine(error instanceof Error ? error.message : String(error));
  }

  project.provide('baseURL', `http://127.0.0.1:${address.port}`);
  project.provide('nginxURL', nginx.origin);
  project.provide('chromiumPath', chromiumPath);
  // The same for both e2e projects' setups in one run (they share this process, started once).
  const runId = `${process.pid}-${Math.round(performance.timeOrigin)}`;
  project.provide('runId', runId);

  return async () => {
    await Promise.all([server.close(), nginx.stop()]);
    // The locks of what was built once this run (support/built-once.ts).
    rmSync(runFolder(runId), { recursive: true, force: true });
  };
}
