// Seeded generators of hostile requests for tests/e2e/site/hostile.test.ts: the same seed gives the
// same requests on every machine, so a failure names a request that can be sent again.
import { catalog } from '../../../src/content/catalog';
import { mulberry32 } from '../../../scripts/measure/mulberry32.mjs';


export interface RawRequest {
  method: string;
  /** Sent exactly as written: no normalisation, no encoding. */
  path: string;
}

const slugs = catalog.moments.map((moment) => moment.slug);
const METHODS = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND'];
/** Pieces of hostile paths: traversal, doubled and encoded slashes, bad %-encoding, unicode. */
const PIECES = [
  '..', '%2e%2e', '%2E%2E', '.%2e', '%c0%ae%c0%ae', '..%2f', '..%5c', '..\\', '%2f', '%2F', '%5c', '//', '///', '/./',
  '%', '%E0%A4%A', '%zz', '%ff', '%00', '%c3', '%e2%80%ae', 'caf%C3%A9', 'café', '%F0%9F%8E%A4', 'ÿ', ';', '%3b',
  'evil.example', '@evil.example', ':80', 'etc/passwd', 'etc%2fshadow', '.git/config', 'package.json', 'vite.config.ts',
  'index.html', '404.html', '_headers', 'assets', 'og', 'moments', '~', '.env', '*', '%23', '%3f', '?', '#',
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

/** `count` raw requests: mostly hostile paths built from PIECES, some real ones, a few 10 KB long. */
export function fuzzPaths(seed: number, count: number): RawRequest[] {
  const next = mulberry32(seed);
  return Array.from({ length: count }, (_, index) => {
    const method = pick(next, METHODS);
    if (index % 50 === 7) return { method, path: `/${'a'.repeat(10_240)}` };
    if (index % 50 === 31) return { method, path: `/moments/${pick(next, slugs)}${'/%2e%2e'.repeat(1_500)}` };
    const real = ['/', `/moments/${pick(next, slugs)}`, `/moments/${pick(next, slugs)}/`, '/og/wall.jpg', '/assets/'];
    let path = next() < 0.5 ? pick(next, real) : '/';
    const pieces = 1 + Math.floor(next() * 5);
    for (let piece = 0; piece < pieces; piece++) {
      const joint = next() < 0.7 ? '/' : '';
      path += `${path.endsWith('/') ? '' : joint}${pick(next, PIECES)}`;
    }
    if (next() < 0.15) path = `/${path}`;
    return { method, path };
  });
}

const PEOPLE = ['taylor-swift', 'selena-gomez', 'rema', 'Karol G', 'SHAKIRA', 'nobody'];
const VALUES = ['%', '%zz', '%E0%A4%A', '<script>alert(1)</script>', 'javascript:alert(1)', '%00', '🎤', '\u202e', 'x'.repeat(2_000), '', '../..', '//evil.example'];

/** `count` addresses for the browser: the wall with generated queries, and a few missing pages. */
export function fuzzQueries(seed: number, count: number): string[] {
  const next = mulberry32(seed ^ 0x5eed);
  return Array.from({ length: count }, (_, index) => {
    const params = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const key = pick(next, ['person', 'award', 'person', 'Person', 'x', '__proto__', 'person[]']);
      const value = next() < 0.5 ? pick(next, PEOPLE) : pick(next, VALUES);
      return `${encodeURIComponent(key)}=${next() < 0.5 ? encodeURIComponent(value) : value.replace(/[#&\s]/g, '')}`;
    });
    const path = index % 10 === 9 ? `/moments/no-such-moment-${index}/` : '/';
    return `${path}?${params.join('&')}`;
  });
}
