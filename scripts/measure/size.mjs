// Measures what the built wall costs to load: gzip (level 9) sizes of the initial JavaScript
// (what dist/index.html loads: module scripts, modulepreloads and the after-paint loader's
// entry), of the wall's inline scripts (the prepaint filter and search, and the loader, which
// every wall page carries before its first paint) and of all the CSS.
// `npm run size` prints the figures and exits 1 over budget; tests/e2e/site/budget.test.ts asserts
// the same budgets with the same function.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/** Budgets in gzip bytes. */
export const BUDGETS = { initialJs: 120 * 1024, inlineJs: 5 * 1024, css: 12 * 1024 };

const gzip = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Local files (relative to dist/) that an HTML page loads as JS up front. */
export function initialScripts(html) {
  const files = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && attribute(tag, 'type') === 'module') files.add(src);
  }
  // The prerendered pages request the app's entry from an inline loader after first paint.
  for (const [, src] of html.matchAll(/\.src=("[^"]+")/g)) files.add(JSON.parse(src));
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (href && rel.includes('modulepreload')) files.add(href);
  }
  return [...files]
    .filter((url) => !/^(?:[a-z]+:)?\/\//i.test(url))
    .map((url) => posix.normalize(url.split(/[?#]/)[0].replace(/^\/+/, '')));
}

/** The inline scripts of an HTML page (no src), each as its text. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => attribute(`<script ${attributes}>`, 'src') === undefined).map(([, , text]) => text);
}

function entry(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzip(bytes) };
}

const sum = (entries, key) => entries.reduce((total, item) => total + item[key], 0);

/**
 * Measures dist/. Throws "run npm run build first" when there is no build.
 * @param {string} [distDir]
 */
export function measure(distDir = 'dist') {
  const dist = resolve(distDir);
  const indexHtml = join(dist, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: run npm run build first`);

  const html = readFileSync(indexHtml, 'utf8');
  const initial = initialScripts(html);
  for (const file of initial) {
    if (!existsSync(join(dist, file))) throw new Error(`dist/index.html loads ${file}, which is not in dist/`);
  }
  const assets = existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`) : [];
  const initialJs = initial.map((file) => entry(dist, file));
  const inlineJs = inlineScripts(html).map((text, index) => {
    const bytes = Buffer.from(text);
    return { file: `index.html <script> #${index + 1}`, raw: bytes.length, gzip: gzip(bytes) };
  });
  const css = assets.filter((file) => file.endsWith('.css')).map((file) => entry(dist, file));
  const lazyJs = assets
    .filter((file) => /\.m?js$/.test(file) && !initial.includes(file))
    .map((file) => entry(dist, file));

  return {
    initialJs,
    inlineJs,
    css,
    lazyJs,
    totals: {
      initialJs: { raw: sum(initialJs, 'raw'), gzip: sum(initialJs, 'gzip') },
      inlineJs: { raw: sum(inlineJs, 'raw'), gzip: sum(inlineJs, 'gzip') },
      css: { raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
      lazyJs: { raw: sum(lazyJs, 'raw'), gzip: sum(lazyJs, 'gzip') },
    },
    budgets: BUDGETS,
  };
}

/** What is over budget, as sentences; empty when all is within. */
export function overBudget(report) {
  const problems = [];
  const names = { initialJs: 'initial JS', inlineJs: 'the wall’s inline JS', css: 'CSS' };
  for (const key of /** @type {const} */ (['initialJs', 'inlineJs', 'css'])) {
    const { gzip: size } = report.totals[key];
    if (size > BUDGETS[key]) {
      problems.push(`${names[key]} is ${kb(size)} gzip, over its ${kb(BUDGETS[key])} budget`);
    }
  }
  return problems;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A small table of the figures. */
export function formatReport(report) {
  const rows = [['', 'file', 'raw', 'gzip -9']];
  const group = (label, entries) => {
    for (const item of entries) rows.push([label, item.file, kb(item.raw), kb(item.gzip)]);
  };
  group('initial JS', report.initialJs);
  group('inline JS', report.inlineJs);
  group('CSS', report.css);
  group('lazy JS', report.lazyJs);
  rows.push(['', '', '', '']);
  rows.push(['total', `initial JS (budget ${kb(BUDGETS.initialJs)})`, kb(report.totals.initialJs.raw), kb(report.totals.initialJs.gzip)]);
  rows.push(['total', `inline JS (budget ${kb(BUDGETS.inlineJs)})`, kb(report.totals.inlineJs.raw), kb(report.totals.inlineJs.gzip)]);
  rows.push(['total', `CSS (budget ${kb(BUDGETS.css)})`, kb(report.totals.css.raw), kb(report.totals.css.gzip)]);
  rows.push(['total', 'lazy JS (no budget)', kb(report.totals.lazyJs.raw), kb(report.totals.lazyJs.gzip)]);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) => row.map((cell, column) => (column >= 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd())
    .join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let report;
  try {
    report = measure(process.argv[2] ?? 'dist');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  console.log(formatReport(report));
  const problems = overBudget(report);
  for (const problem of problems) console.error(`over budget: ${problem}`);
  process.exit(problems.length ? 1 : 0);
}
