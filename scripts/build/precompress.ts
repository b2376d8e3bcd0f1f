/**
 * Writes a .gz beside every text file of dist/ that shrinks, for servers that send a
 * precompressed file as it is (nginx gzip_static, sirv in `vite preview`). No .br: Debian's
 * nginx has no brotli module built in.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|css|svg|xml|txt|json)$/;

export function precompress(dist: string): number {
  let written = 0;
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!TEXT.test(file)) continue;
    const content = readFileSync(join(dist, file));
    const gzip = gzipSync(content, { level: 9 });
    if (gzip.length >= content.length) continue;
    writeFileSync(join(dist, `${file}.gz`), gzip);
    written += 1;
  }
  return written;
}
