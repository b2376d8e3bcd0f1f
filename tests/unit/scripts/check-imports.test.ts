import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importedPackages, packageOf, undeclaredImports } from '../../../scripts/lint/check-imports.mjs';

// Written with `q` for the quote so that this file itself imports nothing it shows.
const q = "'";
const line = (before: string, name: string) => `${before}${q}${name}${q};`;

describe('check-imports', () => {
  it('names the package of a specifier, and none for relative, node: and built-in ones', () => {
    expect(packageOf('react-dom/server')).toBe('react-dom');
    expect(packageOf('@tailwindcss/vite')).toBe('@tailwindcss/vite');
    expect(packageOf('@scope/pkg/deep/file.js')).toBe('@scope/pkg');
    for (const specifier of ['./app', '../x.mjs', 'node:fs', 'fs', 'path/posix', '/abs', ', ']) expect(packageOf(specifier), specifier).toBeUndefined();
  });

  it('reads static imports, type imports, re-exports, import() and require(), not comments', () => {
    const text = [
      line('import a from ', 'alpha'),
      line('import type { B } from ', 'beta/sub'),
      line('import ', 'gamma'),
      line('export * from ', '@delta/pkg'),
      `const e = await import(${q}epsilon${q});`,
      `const z = require(${q}zeta${q});`,
      `// ${line('import x from ', 'commented')}`,
    ].join('\n');
    expect(importedPackages(text)).toEqual(['alpha', 'beta', 'gamma', '@delta/pkg', 'epsilon', 'zeta']);
  });

  describe('on a project', () => {
    const root = mkdtempSync(join(tmpdir(), 'check-imports-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('reports the file and package of each undeclared import, and skips node_modules', () => {
      writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { react: '1' }, devDependencies: { vite: '1' } }));
      mkdirSync(join(root, 'scripts'));
      mkdirSync(join(root, 'node_modules'));
      writeFileSync(join(root, 'scripts', 'audit.mjs'), [line('import r from ', 'react'), line('import * as c from ', 'chrome-launcher')].join('\n'));
      writeFileSync(join(root, 'vite.config.ts'), line('import { defineConfig } from ', 'vite'));
      writeFileSync(join(root, 'node_modules', 'x.js'), line('import y from ', 'undeclared-inside'));
      expect(undeclaredImports(root)).toEqual([[join('scripts', 'audit.mjs'), 'chrome-launcher']]);
    });
  });
});
