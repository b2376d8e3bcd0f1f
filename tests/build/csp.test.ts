// What the strict Content Security Policy needs of every prerendered page (issue 10).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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

describe('the prerendered pages under a strict CSP', () => {
  it('are the wall, 19 moments and the not-found page', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages.filter((file) => file.startsWith('moments/'))).toHaveLength(19);
  });

  it.each(pages)('%s has no style="" attribute', (file) => {
    const styled = [...parse(file).querySelectorAll('[style]')].map((element) => element.outerHTML.slice(0, 120));
    expect(styled).toEqual([]);
  });
});
