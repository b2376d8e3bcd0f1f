// `npm run audit`: Lighthouse 12 (its default mobile config: a mid-range phone, simulated slow
// 4G) on the built wall and one moment page, served by `vite preview` on a free port.
// Prints the four category scores, the paint/blocking/shift metrics and every audit that keeps
// accessibility, best practices or SEO below 100. Not a test: exits 0 unless it could not run.
// Reports are written to .lighthouse/ (ignored by git). Build first: it builds nothing itself.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PATHS = ['/', '/moments/selena-gomez-and-rema/'];
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
  if (!existsSync(join(root, 'dist', 'index.html'))) fail('dist/index.html is missing: run npm run build first');
  let chromePath;
  try {
    chromePath = findChromium();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  let couldNotRun = false;
  try {
    const { port } = server.httpServer.address();
    const origin = `http://127.0.0.1:${port}`;
    const outDir = join(root, '.lighthouse');
    mkdirSync(outDir, { recursive: true });

    for (const path of PATHS) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
      try {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: ['json', 'html'],
          logLevel: 'error',
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        printResult(path, result.lhr);
        if (result.lhr.runtimeError) couldNotRun = true;
        const name = path === '/' ? 'wall' : path.replace(/^\/|\/$/g, '').replaceAll('/', '-');
        const [json, html] = /** @type {string[]} */ (result.report);
        writeFileSync(join(outDir, `${name}.report.json`), json);
        writeFileSync(join(outDir, `${name}.report.html`), html);
      } finally {
        chrome.kill();
      }
    }
    console.log(`\nFull reports: ${outDir}/*.report.html`);
  } finally {
    await server.close();
  }
  if (couldNotRun) process.exit(1);
}

main().catch((error) => fail(`audit could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
