// Fails when a file of the project imports a package that package.json does not declare (one
// that only happens to be in node_modules, as another package's dependency). Run by
// `npm run lint`. Reads static imports and exports, import() and require() with a string.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const SKIP = new Set(['node_modules', 'dist', 'dist-sample', 'dist-ssr', 'coverage', '.lighthouse', '.git']);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;

/** The package a specifier names ('react-dom/server' → 'react-dom', '@a/b/c' → '@a/b'), or undefined. */
export function packageOf(specifier) {
  if (/^(?:\.|\/|node:|virtual:|data:|https?:)/.test(specifier)) return undefined;
  const [first, second] = specifier.split('/');
  const name = first.startsWith('@') ? `${first}/${second}` : first;
  // Only what could be an npm package name: text such as "from ', '" in a string is not one.
  if (!/^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/.test(name) || builtinModules.includes(name)) return undefined;
  return name;
}

/** Every package the source text imports. */
export function importedPackages(text) {
  // Comments may mention imports; drop them first (a rough cut that keeps strings intact enough).
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((match) => packageOf(match[2])).filter(Boolean);
}

/** [file, package] for each import of an undeclared package under `root`. */
export function undeclaredImports(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = new Set(
    ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {})),
  );
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.mts')) {
        for (const name of new Set(importedPackages(readFileSync(path, 'utf8')))) {
          if (!declared.has(name)) found.push([relative(root, path), name]);
        }
      }
    }
  };
  walk(root);
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const found = undeclaredImports(root);
  for (const [file, name] of found) console.error(`${file}: imports "${name}", which package.json does not declare`);
  if (found.length > 0) process.exit(1);
  console.log('check-imports: every imported package is declared in package.json');
}
