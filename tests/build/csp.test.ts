// What the strict Content Security Policy needs of every prerendered page (issue 10), read from
// dist/ as the browser would: the hashes are computed here, from each element's own text.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/content/catalog';
import { paths } from '../../src/paths';

const dist = join(process.cwd(), 'dist');

/** Every .html file under dist/, as paths relative to it. */
function htmlFiles(folder = dist): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [relative(dist, path)] : [];
  });
}

const pages = htmlFiles();
const parse = (file: string) => new DOMParser().parseFromString(readFileSync(join(dist, file), 'utf8'), 'text/html');
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A policy as { directive: [sources] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** What every policy, <meta> or header, must say. */
function expectStrict(policy: Record<string, string[]>) {
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['img-src']).toEqual(["'self'", 'data:']);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'none'"]);
  for (const kind of ['script-src', 'style-src']) {
    expect(policy[kind]![0], kind).toBe("'self'");
    for (const source of policy[kind]!.slice(1)) expect(source, kind).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  }
}

describe('the prerendered pages under a strict CSP', () => {
  it('are the wall, every moment and the not-found page', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    const moments = catalog.moments.map((moment) => join(paths.moment.getHref(moment.slug).slice(1), 'index.html'));
    expect(pages.filter((file) => file.startsWith('moments/')).sort()).toEqual(moments.sort());
  });

  it.each(pages)('%s has no style="" attribute', (file) => {
    const styled = [...parse(file).querySelectorAll('[style]')].map((element) => element.outerHTML.slice(0, 120));
    expect(styled).toEqual([]);
  });

  it.each(pages)('%s carries its policy first in <head>, with the hash of each of its inline scripts and styles', (file) => {
    const doc = parse(file);
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta, 'the CSP <meta>').not.toBeNull();
    const first = doc.head.querySelector('script, style, link');
    expect(first && meta!.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING, 'before any script, style or link').toBeTruthy();
    const policy = directives(meta!.getAttribute('content')!);
    expectStrict(policy);
    expect(policy['frame-ancestors'], 'not in a <meta>: browsers ignore it there, with an error').toBeUndefined();

    const scripts = [...doc.querySelectorAll('script:not([src])')];
    expect(scripts.length, 'the paint-first loader at least').toBeGreaterThan(0);
    for (const script of scripts) expect(policy['script-src'], script.textContent!.slice(0, 80)).toContain(hash(script.textContent!));
    for (const style of doc.querySelectorAll('style')) expect(policy['style-src']).toContain(hash(style.textContent!));
    const handlers = [...doc.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers, 'no inline event handler attributes').toEqual([]);
  });
});

describe('the files hosts read', () => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  /** The header lines under one path rule of _headers. */
  const rule = (path: string) => {
    const lines = headers.split('\n');
    const start = lines.indexOf(path);
    expect(start, `a rule for ${path}`).toBeGreaterThan(-1);
    const end = lines.findIndex((line, index) => index > start && /^\S/.test(line));
    return Object.fromEntries(lines.slice(start + 1, end).map((line) => line.trim().split(/: (.*)/).slice(0, 2)));
  };

  it('_headers gives every path the policy, with every page’s inline hashes and frame-ancestors', () => {
    const all = rule('/*');
    const policy = directives(all['Content-Security-Policy']);
    expectStrict(policy);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    for (const file of pages) {
      const meta = directives(parse(file).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!);
      for (const kind of ['script-src', 'style-src']) for (const source of meta[kind]!) expect(policy[kind], `${file} ${kind}`).toContain(source);
    }
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(all['Permissions-Policy']).toMatch(/\bcamera=\(\).*\bgeolocation=\(\).*\bmicrophone=\(\)/);
  });

  it('_headers caches hashed assets for a year and has pages and preview images revalidated', () => {
    expect(rule('/assets/*')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/moments/*', '/og/*']) expect(rule(path)['Cache-Control'], path).toBe('no-cache');
  });

  it('_redirects sends each moment’s address without its slash to its page', () => {
    const lines = readFileSync(join(dist, '_redirects'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(
      catalog.moments.map((moment) => {
        const href = paths.moment.getHref(moment.slug);
        return `${href.slice(0, -1)} ${href} 301`;
      }),
    );
  });
});
