/**
 * Writes a .gz beside every text file of dist/ that shrinks, for servers that send a
 * precompressed file as it is (nginx gzip_static, sirv in `vite preview`). No .br: Debian's
 * nginx has no brotli module built in. The files are shared out between one worker thread per
 * core (5,000 moments' 5,426 files: 4.4 s on one thread; zlib's asynchronous calls, 3.4 s, cost
 * more CPU than they save).
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const TEXT = /\.(html|js|css|svg|xml|txt|json)$/;

/** A worker's whole code (CommonJS, evaluated as it is: nothing to bundle): the count it wrote. */
const COMPRESS = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync, writeFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');
let written = 0;
for (const file of workerData) {
  const content = readFileSync(file);
  const gzip = gzipSync(content, { level: 9 });
  if (gzip.length >= content.length) continue;
  writeFileSync(file + '.gz', gzip);
  written += 1;
}
parentPort.postMessage(written);
`;

function compressIn(files: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(COMPRESS, { eval: true, workerData: files });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`a gzip worker stopped with exit code ${code}`)));
  });
}

export async function precompress(dist: string): Promise<number> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => TEXT.test(file))
    .map((file) => join(dist, file));
  // Dealt out in turn, so each worker gets pages of every kind and size.
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 200)));
  const shares = Array.from({ length: workers }, (_, share) => files.filter((_, index) => index % workers === share));
  const written = await Promise.all(shares.map(compressIn));
  return written.reduce((sum, count) => sum + count, 0);
}
