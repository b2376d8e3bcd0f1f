// The lint rule that keeps the layers (eslint.config.js, "layers: no-restricted-imports"): an
// import that runs upward fails `npm run lint`. Linted through ESLint's own API with the
// project's config, on files that do not exist, so the rule cannot quietly stop biting.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

/** What the rule says about one import, written in a file at `filePath`. */
async function layerErrors(filePath: string, specifier: string, form: 'import' | 'export' = 'import') {
  const code = form === 'import' ? `import { x } from '${specifier}';\nexport const y = x;\n` : `export { x } from '${specifier}';\n`;
  const [result] = await eslint.lintText(code, { filePath });
  expect(result!.messages.filter((message) => message.fatal), 'the code parses').toEqual([]);
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

// [the importing file, the upward import, the direction the message names]
const upward: [string, string, string][] = [
  ['src/domain/fake.ts', '../content/types', 'src/domain/ may not import src/content'],
  ['src/domain/fake.ts', '../components/wall/moment-card', 'src/domain/ may not import src/components'],
  ['src/domain/fake.ts', '../routes/wall', 'src/domain/ may not import src/routes'],
  ['src/domain/fake.ts', '../app', 'src/domain/ may not import src/app'],
  ['src/domain/fake.ts', '../main.tsx', 'src/domain/ may not import src/main'],
  ['src/domain/fake.ts', '../prepaint/marks', 'src/domain/ may not import src/prepaint'],
  ['src/domain/fake.ts', '../paths', 'src/domain/ may not import src/paths'],
  ['src/domain/fake.ts', '../head', 'src/domain/ may not import src/head'],
  ['src/domain/fake.ts', '../../scripts/measure/synthetic-catalog.mjs', 'src/ may not import scripts'],
  ['src/domain/fake.ts', '../../tests/test-utils', 'src/ may not import tests'],
  ['src/content/fake.ts', '../components/ui/not-found', 'src/content/ may not import src/components'],
  ['src/content/fake.ts', '../routes/moment', 'src/content/ may not import src/routes'],
  ['src/components/wall/fake.tsx', '../../routes/wall', 'src/components/ may not import src/routes'],
  ['src/components/fake.tsx', '../routes/wall', 'src/components/ may not import src/routes'],
  ['src/routes/fake.tsx', '../../scripts/build/security', 'src/ may not import scripts'],
  ['src/fake.ts', '../tests/test-utils', 'src/ may not import tests'],
  ['scripts/build/fake.ts', '../serve/static-host', 'scripts/build/ may not import scripts/serve'],
  ['scripts/build/og/fake.tsx', '../../serve/headers-file.mjs', 'scripts/build/ may not import scripts/serve'],
  ['scripts/build/fake.ts', '../measure/size.mjs', 'scripts/build/ may not import scripts/measure'],
  ['scripts/build/fake.ts', '../test/soak-plan.mjs', 'scripts/build/ may not import scripts/test'],
  ['scripts/build/photos/fake.ts', '../../import/draft.ts', 'scripts/build/ may not import scripts/import'],
  ['scripts/import/fake.ts', '../measure/agency-photo.mjs', 'scripts/import/ may not import scripts/measure'],
  ['scripts/import/fake.ts', '../serve/start.mjs', 'scripts/import/ may not import scripts/serve'],
];

// Imports that run down or sideways, as the project's own files do.
const allowed: [string, string][] = [
  ['src/domain/fake.ts', './slugs'],
  ['src/content/fake.ts', '../domain/slugs.ts'],
  ['src/components/wall/fake.tsx', '../../domain/filters'],
  ['src/components/wall/fake.tsx', '../../content/catalog'],
  ['src/components/wall/fake.tsx', '../../prepaint/marks'],
  ['src/components/wall/fake.tsx', '../filters/facet-group'],
  ['src/routes/fake.tsx', '../components/wall/moment-list'],
  ['src/app.tsx', './routes/wall'],
  ['scripts/build/fake.ts', '../../src/app'],
  ['scripts/measure/fake.mjs', '../build/security'],
  ['scripts/import/fake.ts', '../build/photos/problems.ts'],
  ['scripts/import/fake.ts', '../../src/domain/slugs.ts'],
  ['scripts/measure/fake.mjs', '../import/draft.ts'],
  ['tests/unit/fake.test.ts', '../../src/routes/wall'],
];

describe('the layers lint rule', { timeout: 30_000 }, () => {
  it.each(upward)('fails %s importing %s', async (filePath, specifier, direction) => {
    expect(await layerErrors(filePath, specifier)).toEqual([expect.stringContaining(`layers: ${direction}:`)]);
  });

  it('fails a re-export that runs upward too', async () => {
    expect(await layerErrors('src/domain/fake.ts', '../content/catalog', 'export')).toEqual([
      expect.stringContaining('layers: src/domain/ may not import src/content:'),
    ]);
  });

  it.each(allowed)('lets %s import %s', async (filePath, specifier) => {
    expect(await layerErrors(filePath, specifier)).toEqual([]);
  });
});
