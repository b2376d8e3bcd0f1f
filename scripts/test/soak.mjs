// npm run test:soak -- [--runs N] [--busy] [--no-build] [--project NAME]… [-t NAME-PATTERN] [files…]
//
// Runs the chosen tests N times (default 10) and prints each test that failed at least once,
// with how many runs it failed in and its first failure message, then the totals. Builds dist/
// once first when the e2e or build project is in the runs (not with --no-build, which uses dist/ as
// it is, e.g. for a second soak beside one under way). `--busy` holds every core busy for
// the whole soak (stress-ng when installed, else one busy-loop process per core), as a loaded CI
// machine would. Exits 1 when any run failed. Vitest's JSON report and output of each run are
// kept in a temporary folder, named at the start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, openSync, closeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatSeconds, formatTally, needsBuild, parseSoakArgs, tally, vitestArgs } from './soak-plan.mjs';

const root = resolve(import.meta.dirname, '../..');
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

const options = parseSoakArgs(process.argv.slice(2));
if (options.error) {
  console.error(options.help ? options.error : `soak: ${options.error}`);
  process.exit(options.help ? 0 : 2);
}
if (!existsSync(vitest)) {
  console.error('soak: Vitest is not installed here; run `npm ci` first.');
  process.exit(2);
}

/** Every process the soak started and still owns (each leads its own process group). */
const children = new Set();

function start(command, args, output) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', output, output], detached: true, env: { ...process.env, NO_COLOR: '1' } });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Ends every process the soak started, with its children, by the group it leads. */
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  children.clear();
}

process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\nsoak: stopped (${signal}); the busy processes and the run under way are ended.`);
    stopAll();
    process.exit(130);
  });
}

const waitFor = (child) => new Promise((done) => child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));

/** Holds every core busy until the soak ends: stress-ng if it is installed, else busy loops. */
function holdCoresBusy() {
  const cores = availableParallelism();
  const stressNg = spawnSync('sh', ['-c', 'command -v stress-ng'], { encoding: 'utf8' }).stdout.trim();
  if (stressNg) {
    start(stressNg, ['--cpu', String(cores), '--quiet'], 'ignore');
    return `stress-ng --cpu ${cores}`;
  }
  for (let core = 0; core < cores; core++) start(process.execPath, ['-e', 'for (;;) {}'], 'ignore');
  return `${cores} busy-loop processes`;
}

const folder = mkdtempSync(join(tmpdir(), 'backstage-soak-'));
console.log(`soak: ${options.runs} run(s) of ${options.files.length > 0 ? options.files.join(' ') : 'every test'}${options.projects.length > 0 ? ` (project ${options.projects.join(', ')})` : ''}${options.testNamePattern ? `, tests named like ${JSON.stringify(options.testNamePattern)}` : ''}; reports and logs in ${folder}`);

async function logged(name, command, args) {
  const log = join(folder, name);
  const output = openSync(log, 'w');
  const code = await waitFor(start(command, args, output));
  closeSync(output);
  return { code, log };
}

if (needsBuild(options)) {
  const began = performance.now();
  const { code, log } = await logged('build.log', 'npm', ['run', 'build']);
  if (code !== 0) {
    console.error(`soak: npm run build failed (exit code ${code}); its output is in ${log}:`);
    console.error(readFileSync(log, 'utf8').split('\n').slice(-15).join('\n'));
    process.exit(1);
  }
  console.log(`soak: built dist/ once (${formatSeconds((performance.now() - began) / 1000)})`);
}

if (options.busy) console.log(`soak: every core held busy during the runs (${holdCoresBusy()})`);

const runs = [];
for (let run = 1; run <= options.runs; run++) {
  const outputFile = join(folder, `run-${run}.json`);
  const began = performance.now();
  const { code, log } = await logged(`run-${run}.log`, process.execPath, [vitest, ...vitestArgs(options, outputFile)]);
  const seconds = (performance.now() - began) / 1000;
  let report = null;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    // No report: the run's own failure, counted by tally().
  }
  runs.push({ report, exitCode: code, seconds, log });
  console.log(`run ${run}/${options.runs}: ${code === 0 ? 'passed' : `FAILED (${report ? `${report.numFailedTests} test(s) failing` : 'no report'})`} in ${formatSeconds(seconds)}${code === 0 ? '' : `; output in ${log}`}`);
}
stopAll();

const result = tally(runs, root);
console.log(`\n${formatTally(result)}`);
process.exit(result.failedRuns > 0 ? 1 : 0);
