// `npm run audit`: Lighthouse 12 (its default mobile config: a mid-range phone, simulated slow
// 4G) on the built wall, one moment page and, side by side, the wall with its scripts removed
// (without-scripts.mjs), served by `vite preview` on a free port. Prints the four category
// scores, the paint/blocking/shift metrics, every audit that keeps accessibility, best practices
// or SEO below 100, and the wall's Total Blocking Time beside that of the page without scripts.
// Not a test: exits 0 unless it could not run.
// `-- --dist dist-sample` audits another build (the sample photo catalogue: `npm run sample`
// builds it), its first moment from its sitemap; the LCP pair is printed beside the TBT pair.
// Reports are written to .lighthouse/ (ignored by git). Build first: it builds nothing itself.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { findChromium } from './find-chromium.mjs';
import { metricMs, runLighthouse } from './lighthouse-run.mjs';
import { WITHOUT_SCRIPTS_PATH, withoutScriptsPage } from './without-scripts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const DIST = join(root, args.dist);

/** The wall, the wall without its scripts, and the first moment the build's sitemap lists. */
function pathsOf(dist) {
  const moment = /<loc>[^<]*?(\/moments\/[^<]+\/)<\/loc>/.exec(readFileSync(join(dist, 'sitemap.xml'), 'utf8'))?.[1];
  if (!moment) fail(`${join(dist, 'sitemap.xml')} lists no moment`);
  return ['/', WITHOUT_SCRIPTS_PATH, moment];
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Categories whose target is 100: every failing audit in them is listed. */
const TARGET_100 = ['accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['FCP', 'first-contentful-paint', 'ms'],
  ['LCP', 'largest-contentful-paint', 'ms'],
  ['TBT', 'total-blocking-time', 'ms'],
  ['CLS', 'cumulative-layout-shift', ''],
];

function fail(message) {
  console.error(message);
  process.exit(1);
}

function describeMetric(audit, unit) {
  if (!audit || typeof audit.numericValue !== 'number') return 'n/a';
  return unit === 'ms' ? `${Math.round(audit.numericValue)} ms` : audit.numericValue.toFixed(3);
}

function printResult(path, lhr) {
  console.log(`\n${path}  (Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, throttling: ${lhr.configSettings.throttlingMethod})`);
  if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings ?? []) console.log(`  warning: ${warning}`);
  console.log(
    `  ${CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return `${id} ${score === null || score === undefined ? 'n/a' : Math.round(score * 100)}`;
    }).join('   ')}`,
  );
  console.log(`  ${METRICS.map(([label, id, unit]) => `${label} ${describeMetric(lhr.audits[id], unit)}`).join('   ')}`);

  for (const id of TARGET_100) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const items = audit.details && Array.isArray(audit.details.items) ? audit.details.items : [];
      const where = items
        .slice(0, 5)
        .map((item) => item.node?.selector ?? item.url ?? item.source?.url ?? item.description ?? '')
        .filter(Boolean);
      console.log(
        `  FAIL ${id}: ${ref.id} (score ${audit.score}, weight ${ref.weight}) ${audit.title}` +
          `${audit.displayValue ? ` — ${audit.displayValue}` : ''}${where.length ? `\n       at ${where.join(', ')}` : ''}`,
      );
    }
  }
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) fail(`${args.dist}/index.html is missing: run npm run build first`);
  const PATHS = pathsOf(DIST);
  let chromePath;
  try {
    chromePath = findChromium();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: DIST },
    plugins: [withoutScriptsPage(DIST)],
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  let couldNotRun = false;
  try {
    const { port } = server.httpServer.address();
    const origin = `http://127.0.0.1:${port}`;
    const outDir = join(root, '.lighthouse');
    mkdirSync(outDir, { recursive: true });

    const tbt = new Map();
    const lcp = new Map();
    for (const path of PATHS) {
      const result = await runLighthouse(`${origin}${path}`, { output: ['json', 'html'], chromePath });
      printResult(path, result.lhr);
      if (result.lhr.runtimeError) couldNotRun = true;
      tbt.set(path, metricMs(result.lhr, 'total-blocking-time'));
      lcp.set(path, metricMs(result.lhr, 'largest-contentful-paint'));
      const name = path === '/' ? 'wall' : path.replace(/^\/+|\/+$/g, '').replace(/^_+/, '').replaceAll('/', '-');
      const [json, html] = /** @type {string[]} */ (result.report);
      writeFileSync(join(outDir, `${name}.report.json`), json);
      writeFileSync(join(outDir, `${name}.report.html`), html);
    }
    for (const [label, metric] of [['Total Blocking Time', tbt], ['Largest Contentful Paint', lcp]]) {
      const [wall, bare] = [metric.get('/'), metric.get(WITHOUT_SCRIPTS_PATH)];
      if (wall === undefined || bare === undefined) continue;
      const ratio = bare > 0 ? ` (${(wall / bare).toFixed(2)}×)` : '';
      console.log(`\n${label}, same run: the wall ${Math.round(wall)} ms, the wall without its scripts ${Math.round(bare)} ms${ratio}`);
    }
    console.log(`\nFull reports: ${outDir}/*.report.html`);
  } finally {
    await server.close();
  }
  if (couldNotRun) process.exit(1);
}

main().catch((error) => fail(`audit could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
