// `npm run bench`: the wall at 19, 200, 1,000 and 5,000 moments (issue 16's instrument). For each
// N it builds a synthetic catalogue (synthetic-catalog.mjs) into dist/, timing a cold build (no
// cached preview image) and a rebuild after one caption edit; serves dist/ with `vite preview`;
// and measures the wall and, beside it, the same wall with its scripts removed (the limit), on
// an emulated phone at 1× and 4× CPU (browser.mjs). At 19 it adds Lighthouse's mobile run
// of both. Prints one Markdown table to stdout (progress to stderr) and writes it to
// .bench/last.md. Figures are printed, never asserted. dist/ is put back as it was at the end.
//
//   npm run bench [-- --n 19,200] [--quick] [--clicks 10] [--searches 10] [--click-cap 20]
//                 [--limit 20] [--no-build] [--no-lighthouse]
//
// --quick: 4 clicks, 4 searches and no Lighthouse. --searches: how many times the Filters sheet's
// search box is filled with a word and emptied again, each timed as a click is (clicks.mjs). --click-cap: seconds one click may take before it counts
// as timed out (the next click then waits for the page to settle; one series of clicks stops
// after 5 minutes, and time to interactive after 2). --limit: minutes per N, after which what
// is left is skipped. --no-build: measure dist/ as it is (one row, no build times).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { constants, gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { launch, measureScroll } from './browser.mjs';
import { BENCH, CACHE, DIST, editedCopy, restoreDist, root, setDistAside, timedBuild } from './build.mjs';
import { measureClicks } from './clicks.mjs';
import { bytes, clickSummary, count, duration, markdownTable, NONE } from './table.mjs';
import { metricMs, runLighthouse } from '../lighthouse-run.mjs';
import { measure } from '../size.mjs';
import { SIZES, writeSyntheticCatalogs } from '../synthetic-catalog.mjs';
import { WITHOUT_SCRIPTS_PATH, withoutScripts, withoutScriptsPage } from '../without-scripts.mjs';

const RATES = [1, 4];
/** How long one series of filter clicks may take, timed-out clicks and their aftermath included. */
const SERIES_MS = 5 * 60_000;

const { values: options } = parseArgs({
  options: {
    n: { type: 'string', default: SIZES.join(',') },
    quick: { type: 'boolean', default: false },
    clicks: { type: 'string' },
    searches: { type: 'string' },
    'click-cap': { type: 'string', default: '20' },
    limit: { type: 'string', default: '20' },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const sizes = options.n.split(',').map((size) => Number(size.trim().replaceAll('_', '')));
const clicks = Number(options.clicks ?? (options.quick ? 4 : 10));
const searches = Number(options.searches ?? (options.quick ? 4 : 10));
const clickCapMs = Number(options['click-cap']) * 1_000;
const limitMs = Number(options.limit) * 60_000;
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(clicks > 0) || !(searches >= 0) || !(clickCapMs > 0) || !(limitMs > 0)) {
  console.error('usage: npm run bench -- [--n 19,200,1000,5000] [--quick] [--clicks 10] [--searches 10] [--click-cap 20] [--limit 20] [--no-build] [--no-lighthouse]');
  process.exit(1);
}

const progress = (label, text) => process.stderr.write(`[bench ${label}] ${text}\n`);
const gz = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;

const frameCell = (scroll) =>
  scroll.failed ? 'error' : scroll.timedOut ? 'timed out' : `${scroll.worstFrame > 0 ? duration(scroll.worstFrame) : '< 50 ms'}${scroll.atBottom ? '' : ' (stopped short of the bottom)'}`;

/** Measures what dist/ holds now: sizes, then the wall and the page without scripts in Chromium. */
async function measureDist(label, deadline, lighthouse) {
  const html = readFileSync(join(DIST, 'index.html'));
  const wall = { page: 'wall', html: bytes(gz(html)), js: bytes(measure(DIST).totals.initialJs.gzip) };
  const bare = { page: 'no scripts (limit)', html: bytes(gz(Buffer.from(withoutScripts(html.toString('utf8'))))), js: '0 KB' };
  const errors = [];
  const server = await preview({
    root,
    logLevel: 'warn',
    plugins: [withoutScriptsPage(DIST)],
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  const browser = await launch();
  const left = () => deadline - Date.now();
  /** `ms`, or less when the N's time limit comes first; a run with under 30 s left is skipped. */
  const cap = (ms) => Math.min(ms, left());
  const timeLeft = () => left() >= 30_000;
  /** A run that threw: its message goes with the page errors, its cells say "error". */
  const failed = (error) => {
    errors.push(`${label}: the run stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return { failed: true, count: [], frame: [], timedOut: { count: 0, frame: 0 }, errors: [] };
  };
  try {
    for (const rate of RATES) {
      for (const [row, path] of [
        [wall, '/'],
        [bare, WITHOUT_SCRIPTS_PATH],
      ]) {
        if (!timeLeft()) continue;
        if (row === wall) {
          progress(label, `${rate}× CPU: the wall, time to interactive, ${clicks} filter clicks and ${searches} searches…`);
          const ttiCapMs = cap(120_000);
          const run = await measureClicks(browser, origin + path, { cpuRate: rate, clicks, searches, clickCapMs, ttiCapMs, seriesCapMs: cap(SERIES_MS) }).catch(failed);
          wall[`tti${rate}`] = run.failed ? 'error' : run.ttiTimedOut ? `> ${duration(ttiCapMs)}` : duration(run.tti);
          const planned = run.ttiTimedOut ? 0 : clicks;
          wall[`count${rate}`] = clickSummary(run.count, run.timedOut.count, clickCapMs, planned);
          wall[`frame${rate}`] = clickSummary(run.frame, run.timedOut.frame, clickCapMs, planned);
          wall[`cards${rate}`] = run.failed ? 'error' : clickSummary(run.cards ?? [], 0, clickCapMs, run.cards?.length ?? 0);
          const search = run.search;
          wall[`search${rate}`] = search ? clickSummary(search.count, search.timedOut.count, clickCapMs, searches) : run.failed ? 'error' : searches > 0 ? 'not reached' : NONE;
          wall[`searchFrame${rate}`] = search ? clickSummary(search.frame, search.timedOut.frame, clickCapMs, searches) : wall[`search${rate}`];
          wall[`searchCards${rate}`] = search ? clickSummary(search.cards, 0, clickCapMs, search.cards.length) : wall[`search${rate}`];
          for (const line of [...(run.trace ?? []), ...(search?.trace ?? [])]) progress(label, `    ${line}`);
          if (run.failed) Object.assign(wall, { [`count${rate}`]: 'error', [`frame${rate}`]: 'error' });
          errors.push(...run.errors.map((error) => `${label} wall ${rate}×: ${error}`));
          progress(label, `  interactive ${wall[`tti${rate}`]}, click → frame ${wall[`frame${rate}`]}, search → frame ${wall[`searchFrame${rate}`]}`);
        }
        if (!timeLeft()) continue;
        progress(label, `${rate}× CPU: ${row.page}, load and scroll…`);
        const scroll = await measureScroll(browser, origin + path, { cpuRate: rate, capMs: cap(120_000) }).catch(failed);
        errors.push(...scroll.errors.map((error) => `${label} ${row.page} ${rate}×: ${error}`));
        row[`fcp${rate}`] = duration(scroll.fcp);
        row[`loaf${rate}`] = frameCell(scroll);
        if (rate === 1 && !scroll.timedOut) Object.assign(row, { dom: count(scroll.dom), heap: bytes(scroll.heap) });
        progress(label, `  DOM ${count(scroll.dom)}, heap ${bytes(scroll.heap)}, worst frame ${frameCell(scroll)}`);
      }
    }
    const audits = [];
    if (lighthouse && timeLeft()) {
      for (const [row, path] of [
        [wall, '/'],
        [bare, WITHOUT_SCRIPTS_PATH],
      ]) {
        progress(label, `Lighthouse (mobile): ${row.page}…`);
        const lhr = await runLighthouse(origin + path).then((result) => result.lhr, failed);
        if (!('audits' in lhr)) continue;
        const metric = (id) => duration(metricMs(lhr, id));
        audits.push({ page: row.page, score: String(Math.round((lhr.categories.performance?.score ?? 0) * 100)), fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: (metricMs(lhr, 'cumulative-layout-shift') ?? 0).toFixed(3) });
      }
    }
    if (!timeLeft()) {
      progress(label, 'time limit reached: the rest of this N is skipped');
      const measured = (row) => ['dom', 'heap', ...RATES.flatMap((rate) => ['fcp', 'loaf', ...(row === wall ? ['tti', 'count', 'frame', 'cards', 'search', 'searchFrame', 'searchCards'] : [])].map((key) => `${key}${rate}`))];
      for (const row of [wall, bare]) for (const key of measured(row)) row[key] ??= 'skipped (time limit)';
    }
    return { rows: [wall, bare], audits, errors };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchSize(size) {
  const label = `N=${size}`;
  const deadline = Date.now() + limitMs;
  const [catalog] = writeSyntheticCatalogs(join(BENCH, 'catalogs'), [size]);
  const ogCache = join(CACHE, `og-${size}`);
  rmSync(ogCache, { recursive: true, force: true });
  progress(label, 'cold build (no cached preview image)…');
  const cold = await timedBuild(catalog, ogCache, join(BENCH, 'logs', `build-${size}-cold.log`));
  progress(label, `  ${cold}`);
  if (cold.startsWith('failed')) return { rows: [{ n: count(size), page: 'wall', buildCold: cold }], audits: [], errors: [] };
  const result = await measureDist(label, deadline, size === 19 && !options.quick && !options['no-lighthouse']);
  progress(label, 'rebuild after one caption edit…');
  const edit = Date.now() < deadline ? await timedBuild(editedCopy(catalog), ogCache, join(BENCH, 'logs', `build-${size}-edit.log`)) : 'skipped (time limit)';
  progress(label, `  ${edit}`);
  Object.assign(result.rows[0], { buildCold: cold, buildEdit: edit });
  for (const row of [...result.rows, ...result.audits]) row.n = count(size);
  return result;
}

const COLUMNS = [
  ['moments', 'n'],
  ['page', 'page'],
  ['build, cold', 'buildCold'],
  ['build after a caption edit', 'buildEdit'],
  ['HTML gz', 'html'],
  ['initial JS gz', 'js'],
  ['DOM max, scrolling', 'dom'],
  ['JS heap after GC', 'heap'],
  ['first paint 1×', 'fcp1'],
  ['first paint 4×', 'fcp4'],
  ['interactive 1×', 'tti1'],
  ['interactive 4×', 'tti4'],
  ['click → count 1×', 'count1'],
  ['click → frame 1×', 'frame1'],
  ['click → count 4×', 'count4'],
  ['click → frame 4×', 'frame4'],
  ["click → cards' frame 4×", 'cards4'],
  ['search → count 1×', 'search1'],
  ['search → frame 1×', 'searchFrame1'],
  ['search → count 4×', 'search4'],
  ['search → frame 4×', 'searchFrame4'],
  ["search → cards' frame 4×", 'searchCards4'],
  ['worst frame, scrolling 1×', 'loaf1'],
  ['worst frame, scrolling 4×', 'loaf4'],
];
const AUDIT_COLUMNS = [
  ['moments', 'n'],
  ['page', 'page'],
  ['performance', 'score'],
  ['FCP', 'fcp'],
  ['LCP', 'lcp'],
  ['Total Blocking Time', 'tbt'],
  ['CLS', 'cls'],
];

async function main() {
  const started = new Date();
  const loadBefore = loadavg()[0];
  mkdirSync(join(BENCH, 'logs'), { recursive: true });
  const results = [];
  if (options['no-build']) {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run npm run build first');
    // How many moments dist/ holds: its catalogue's head lists them all (a windowed wall's page shows only its first cards).
    const head = readdirSync(join(DIST, 'assets')).find((file) => /^catalog-[\w-]{10}\.json$/.test(file));
    if (!head) throw new Error('dist/assets/ has no catalog-<hash>.json: run npm run build first');
    const size = JSON.parse(readFileSync(join(DIST, 'assets', head), 'utf8')).moments.length;
    const result = await measureDist(`N=${size}`, Date.now() + limitMs, size === 19 && !options.quick && !options['no-lighthouse']);
    for (const row of [...result.rows, ...result.audits]) Object.assign(row, { n: count(size) });
    result.rows[0].buildCold = 'not built';
    results.push(result);
  } else {
    setDistAside();
    process.once('SIGINT', () => {
      restoreDist();
      process.exit(130);
    });
    try {
      for (const size of sizes) results.push(await benchSize(size));
    } finally {
      restoreDist();
    }
  }

  const loadAfter = loadavg()[0];
  const audits = results.flatMap((result) => result.audits);
  const errors = results.flatMap((result) => result.errors);
  const text = [
    `# npm run bench, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Phone emulation (390×844, touch, 3× pixels) in Chromium, CPU 1× and 4× (DevTools throttling); ${clicks} filter clicks and ${searches} searches (the Filters sheet's box filled with a word of the wall, then emptied, in turn) per figure, median (p95); one wait capped at ${duration(clickCapMs)}.`,
    `Machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end${Math.max(loadBefore, loadAfter) > cpus().length ? ': shared with other work, so clock figures vary (±50 % and more)' : ''}.`,
    '',
    markdownTable(COLUMNS, results.flatMap((result) => result.rows)),
    ...(audits.length > 0 ? ['', 'Lighthouse 12, mobile (simulated), the same build in the same run:', '', markdownTable(AUDIT_COLUMNS, audits)] : []),
    ...(errors.length > 0 ? ['', 'Page errors seen:', ...errors.map((error) => `- ${error}`)] : []),
    '',
  ].join('\n');
  process.stdout.write(text);
  writeFileSync(join(BENCH, 'last.md'), text);
  progress('done', `written to ${join(BENCH, 'last.md').slice(root.length + 1)}`);
}

main().catch((error) => {
  console.error(`bench could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
