// The soak's pure parts (scripts/test/soak.mjs runs them): what the command line asks for, whether
// the run needs a fresh dist/, and the table of what failed, read from Vitest's JSON reports.

const USAGE = 'usage: npm run test:soak -- [--runs N] [--busy] [--no-build] [--project NAME]… [-t NAME-PATTERN] [files…]';

/** The projects that test what `npm run build` wrote: they need a fresh dist/ before the first run. */
const BUILT_PROJECTS = new Set(['e2e', 'e2e-parallel', 'build']);

/**
 * `--project e2e` means every browser test, as it did before the e2e files were split in two
 * projects (vite.config.ts): those run one at a time (e2e) and those run beside the rest (e2e-parallel).
 */
const ALIASES = { e2e: ['e2e', 'e2e-parallel'] };
const expand = (projects) => [...new Set(projects.flatMap((project) => ALIASES[project] ?? [project]))];

/**
 * Reads the soak's arguments. Returns `{ runs, busy, build, projects, testNamePattern, files }`, or `{ error }` with a
 * one-line reason for anything it does not understand (nothing is guessed).
 */
export function parseSoakArgs(argv) {
  const options = { runs: 10, busy: false, build: true, projects: [], testNamePattern: undefined, files: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++index];
    if (flag === '--runs') {
      const text = value();
      if (text === undefined || !/^\d+$/.test(text) || Number(text) < 1) return { error: `--runs wants a whole number of 1 or more, not ${JSON.stringify(text ?? '')}. ${USAGE}` };
      options.runs = Number(text);
    } else if (flag === '--busy') {
      if (inline !== undefined) return { error: `--busy takes no value. ${USAGE}` };
      options.busy = true;
    } else if (flag === '--no-build') {
      if (inline !== undefined) return { error: `--no-build takes no value. ${USAGE}` };
      options.build = false;
    } else if (flag === '--project') {
      const name = value();
      if (!name || name.startsWith('-')) return { error: `--project wants a project's name (unit, build, e2e). ${USAGE}` };
      options.projects.push(name);
    } else if (flag === '-t' || flag === '--testNamePattern') {
      const pattern = value();
      if (!pattern) return { error: `${flag} wants a pattern of test names. ${USAGE}` };
      options.testNamePattern = pattern;
    } else if (flag === '--help' || flag === '-h') {
      return { error: USAGE, help: true };
    } else if (arg.startsWith('-')) {
      return { error: `unknown option ${JSON.stringify(arg)}. ${USAGE}` };
    } else {
      options.files.push(arg);
    }
  }
  return options;
}

/**
 * Whether the runs need `npm run build` first: a chosen project tests the build, or no project is
 * chosen and some file (or, with no file, the whole suite) is under tests/e2e/ or tests/build/.
 * Never with --no-build (dist/ is used as it is: for a second soak beside one under way).
 */
export function needsBuild({ build = true, projects, files }) {
  if (!build) return false;
  if (projects.length > 0) return projects.some((project) => BUILT_PROJECTS.has(project));
  if (files.length === 0) return true;
  return files.some((file) => /(?:^|\/)tests\/(?:e2e|build)(?:\/|$)/.test(file.replace(/^\.\//, '')) || !file.includes('tests/'));
}

/** Vitest's arguments for one run: its usual output, and its JSON report written to `outputFile`. */
export function vitestArgs({ projects, testNamePattern, files }, outputFile) {
  return [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
    ...expand(projects).flatMap((project) => ['--project', project]),
    ...(testNamePattern ? ['--testNamePattern', testNamePattern] : []),
    ...files,
  ];
}

/** The first line of a failure message that says something, without colour codes, cut to `width`. */
export function firstLine(message, width = 160) {
  // eslint-disable-next-line no-control-regex
  const plain = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').map((text) => text.trim()).find((text) => text.length > 0) ?? '(no message)';
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

/** A file's path from the repository's root, for the table. */
function shortPath(path, root) {
  return root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}

/**
 * Gathers the runs. Each run is `{ report, exitCode, seconds, log }`: `report` is Vitest's JSON
 * report, or null when the run wrote none (Vitest crashed, or the files did not load); a run that
 * failed with no failing test in its report counts as a failure of the run itself.
 * Returns `{ runs, tests, failures, failedRuns, seconds, failed: [{ test, count, first }] }`: `tests`
 * counts the tests that ran (not those skipped), `failed` is in the order they first failed.
 */
export function tally(runs, root = '') {
  const failed = new Map();
  const seen = new Set();
  let failures = 0;
  let failedRuns = 0;
  const fail = (test, message) => {
    failures++;
    const entry = failed.get(test) ?? { test, count: 0, first: firstLine(message) };
    entry.count++;
    failed.set(test, entry);
  };
  runs.forEach((run, index) => {
    let failedHere = 0;
    for (const file of run.report?.testResults ?? []) {
      const path = shortPath(file.name, root);
      const results = file.assertionResults ?? [];
      for (const result of results) {
        const test = `${path} > ${result.fullName ?? result.title}`;
        if (result.status === 'passed' || result.status === 'failed') seen.add(test);
        if (result.status === 'failed') {
          failedHere++;
          fail(test, result.failureMessages?.[0]);
        }
      }
      // A file that failed outside its tests (it did not load, a hook threw).
      if (file.status === 'failed' && !results.some((result) => result.status === 'failed')) {
        failedHere++;
        fail(`${path} (the file itself)`, file.message);
      }
    }
    if (run.exitCode !== 0 && failedHere === 0) {
      failedHere++;
      fail('(the run itself)', run.report ? `vitest exited with code ${run.exitCode}; see ${run.log}` : `vitest wrote no report (exit code ${run.exitCode}); see ${run.log} (run ${index + 1})`);
    }
    if (failedHere > 0) failedRuns++;
  });
  return {
    runs: runs.length,
    tests: seen.size,
    failures,
    failedRuns,
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
    failed: [...failed.values()],
  };
}

/** The soak's table as Markdown: each test that failed at least once, then the totals. */
export function formatTally(result) {
  const escape = (text) => text.replace(/\|/g, '\\|');
  const lines = [];
  if (result.failed.length === 0) {
    lines.push(`No test failed in ${result.runs} run(s).`);
  } else {
    lines.push('| test | failures | first failure |', '| --- | --- | --- |');
    for (const { test, count, first } of result.failed) lines.push(`| ${escape(test)} | ${count} of ${result.runs} | ${escape(first)} |`);
  }
  lines.push(
    '',
    `runs: ${result.runs} (${result.failedRuns} failed) · tests: ${result.tests} · failures: ${result.failures} · time: ${formatSeconds(result.seconds)}`,
  );
  return lines.join('\n');
}

/** 75 → "1 min 15 s"; 9.4 → "9.4 s". */
export function formatSeconds(seconds) {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
