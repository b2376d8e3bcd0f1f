// Starts Debian's nginx on dist/ with the project's configuration (deploy/nginx.conf, filled in
// by scripts/serve/serve-nginx.mjs) on a free 127.0.0.1 port, for the e2e tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX, nginxArgs, writeNginxConfig } from '../../../scripts/serve/serve-nginx.mjs';

/** An error that vitest prints as its one line, without a stack pointing here. */
export function oneLine(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/** A port nobody listens on now: the one the system gives a server on port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

/** Waits until `origin` answers, or the process exits, or 15 s pass. */
export async function waitForServer(child: ChildProcess, origin: string, log: () => string, name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${log().trim()}`);
    try {
      await fetch(origin, { method: 'HEAD' });
      return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer on ${origin} within 15 s: ${log().trim()}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/** Ends a child started with `detached: true` and all it started; SIGKILL after 3 s. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid, signal);
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 3_000);
  await exited;
  clearTimeout(timer);
}

/**
 * nginx on `root` (an absolute dist/ folder). `prefix` runs it under another command, e.g.
 * setpriv to drop to an unprivileged user, who then gets its folder (`owner`: uid and gid);
 * `asRoot: false` leaves out the `user` line.
 */
export async function startNginx(
  root: string,
  options: { prefix?: string[]; asRoot?: boolean; owner?: [number, number] } = {},
): Promise<RunningServer> {
  if (spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).error) {
    throw new Error('nginx is missing: the e2e tests serve dist/ with it too (apt-get install nginx; .ci/run does)');
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const runtime = mkdtempSync(join(tmpdir(), 'backstage-nginx-test-'));
  writeNginxConfig({ root, listen: `127.0.0.1:${port}`, runtime, asRoot: options.asRoot });
  if (options.owner) chownSync(runtime, ...options.owner);
  const [command, ...args] = [...(options.prefix ?? []), NGINX, ...nginxArgs(runtime)];
  const child = spawn(command!, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-2_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  try {
    await waitForServer(child, origin, () => log, 'nginx');
  } catch (error) {
    await stopProcess(child, 'SIGKILL');
    rmSync(runtime, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    async stop() {
      await stopProcess(child, 'SIGQUIT');
      rmSync(runtime, { recursive: true, force: true });
    },
  };
}
