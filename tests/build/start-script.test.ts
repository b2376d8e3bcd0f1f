// @vitest-environment node
// `npm start` on a port that is taken: one line that says what to do, no stack trace, no build.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/serve/start.mjs');

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

test('on a busy port it prints one line saying what to do, and stops before building', async () => {
  const busy = createServer();
  await new Promise<void>((listening) => busy.listen({ port: 0, host: 'localhost' }, listening));
  const { port } = busy.address() as AddressInfo;
  try {
    const { status, stdout, stderr } = await run(['--port', String(port)]);
    expect(status).toBe(1);
    expect(stdout, 'nothing built').toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toContain(`port ${port} is already in use`);
    expect(lines[0]).toMatch(/stop that process, or run `npm run build && npm run preview -- --port \d+`/);
    expect(stderr).not.toMatch(/^\s+at /m);
  } finally {
    await new Promise((closed) => busy.close(closed));
  }
});
