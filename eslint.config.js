// ESLint with React's hooks rules. TypeScript is parsed by Babel (typescript-eslint needs the
// TypeScript compiler API, which TypeScript 7 does not ship); `tsc` does the type checking,
// so the rules that need types (no-undef, no-unused-vars) are left to it.
import js from '@eslint/js';
import babelParser from '@babel/eslint-parser';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers (rule "layers: no-restricted-imports"): imports run one way, down, from routes to
// components to content to domain, and build code apart from the browser's; lint fails on an
// import that runs up. One entry per direction that must not be crossed: files in `from` may not
// import from `to`. ESLint keeps only the last options a file gets for a rule, so each folder's
// options gather every entry whose folder holds it (src/domain/ gets src/'s too), shallow folders
// first. Relative specifiers are matched by the folder they climb into
// (tests/unit/scripts/layers.test.ts tries one upward import per direction).
const layers = [
  { from: 'src', to: ['scripts', 'tests'], why: 'browser code imports no build, serving, measuring or test code' },
  {
    from: 'src/domain',
    // Nor, as all of src/, anything in scripts/ or tests/.
    to: ['src/content', 'src/components', 'src/routes', 'src/prepaint', 'src/app', 'src/main', 'src/head', 'src/paths', 'src/motion-features'],
    why: 'domain is the bottom floor, pure functions on plain shapes, and imports nothing above it',
  },
  { from: 'src/content', to: ['src/components', 'src/routes'], why: 'content sits below the components and routes that show it' },
  { from: 'src/components', to: ['src/routes'], why: 'routes compose components, never the other way round' },
  { from: 'scripts/build', to: ['scripts/serve', 'scripts/measure', 'scripts/test', 'scripts/import'], why: 'no build-time file imports a serving, measuring, test-running or importing one' },
  { from: 'scripts/import', to: ['scripts/serve', 'scripts/measure'], why: 'the import reads photos into a catalogue and needs no serving or measuring code' },
];

/** A specifier that climbs (`../`) into `folder`: `src/content` → `../content/types`, `../../src/content`. */
function into(folder) {
  const [top, ...rest] = folder.split('/');
  const path = rest.length > 0 ? `(?:${top}/)?${rest.join('/')}` : top;
  return `^(?:\\.\\./)+${path}(?:\\.[cm]?[jt]sx?)?(?:/|$)`;
}

const depth = (folder) => folder.split('/').length;
const layerRules = [...layers].sort((a, b) => depth(a.from) - depth(b.from)).map(({ from }) => ({
  files: [`${from}/**/*.{js,mjs,ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: layers
          .filter((layer) => from === layer.from || from.startsWith(`${layer.from}/`))
          .flatMap((layer) => layer.to.map((to) => ({ regex: into(to), message: `layers: ${layer.from}/ may not import ${to}: ${layer.why}.` }))),
      },
    ],
  },
}));

export default [
  { ignores: ['dist/', 'dist-sample/', 'dist-large/', 'dist-ssr/', 'coverage/', '.lighthouse/', '.bench/'] },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] },
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-redeclare': 'off',
      eqeqeq: ['error', 'smart'],
      'no-implicit-coercion': 'error',
      'prefer-const': 'error',
    },
  },
  ...layerRules,
];
