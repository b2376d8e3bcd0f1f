// The soak's pure parts: its command line, when it builds, and its table of what failed.
import { describe, expect, it } from 'vitest';
import { firstLine, formatTally, needsBuild, parseSoakArgs, tally, vitestArgs, type SoakRun } from '../../../scripts/test/soak-plan.mjs';

const options = (argv: string[]) => {
  const parsed = parseSoakArgs(argv);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

describe('the soak command line', () => {
  it('reads runs, busy, projects, a name pattern and files, in any order', () => {
    expect(options(['--busy', 'tests/e2e/moment/', '--runs', '3', '--project=e2e', '-t', 'Back then', 'tests/e2e/wall/keyboard.test.ts'])).toEqual({
      runs: 3,
      busy: true,
      build: true,
      projects: ['e2e'],
      testNamePattern: 'Back then',
      files: ['tests/e2e/moment/', 'tests/e2e/wall/keyboard.test.ts'],
    });
    expect(options([])).toEqual({ runs: 10, busy: false, build: true, projects: [], testNamePattern: undefined, files: [] });
  });

  it.each([
    [['--runs'], /--runs wants a whole number/],
    [['--runs', '0'], /--runs wants a whole number/],
    [['--runs', 'ten'], /not "ten"/],
    [['--runs=2.5'], /not "2\.5"/],
    [['--project'], /--project wants a project's name/],
    [['--busy=yes'], /--busy takes no value/],
    [['--no-build=1'], /--no-build takes no value/],
    [['--retry', '2'], /unknown option "--retry"/],
  ])('refuses %j in one line with the usage', (argv, reason) => {
    const parsed = parseSoakArgs(argv);
    expect('error' in parsed && parsed.error).toMatch(reason);
    expect('error' in parsed && parsed.error).toContain('usage: npm run test:soak --');
    expect('error' in parsed && parsed.error).not.toContain('\n');
  });

  it('builds only when the runs test what the build wrote', () => {
    expect(needsBuild(options(['--project', 'e2e']))).toBe(true);
    expect(needsBuild(options(['--project', 'unit', '--project', 'build']))).toBe(true);
    expect(needsBuild(options(['--project', 'unit', 'tests/unit/domain/']))).toBe(false);
    expect(needsBuild(options(['tests/unit/domain/', 'tests/components/']))).toBe(false);
    expect(needsBuild(options(['./tests/e2e/moment/']))).toBe(true);
    expect(needsBuild(options([]))).toBe(true);
    expect(needsBuild(options(['--no-build', '--project', 'e2e']))).toBe(false);
  });

  it('asks Vitest for its JSON report in a file, and passes the rest on', () => {
    expect(vitestArgs(options(['--project', 'e2e', '-t', 'Escape', 'tests/e2e/moment/']), '/tmp/run-1.json')).toEqual([
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=/tmp/run-1.json',
      // e2e: every browser test, the one-at-a-time files and those run beside the rest.
      '--project',
      'e2e',
      '--project',
      'e2e-parallel',
      '--testNamePattern',
      'Escape',
      'tests/e2e/moment/',
    ]);
  });
});

const file = (name: string, results: [string, 'passed' | 'failed' | 'skipped', string?][], extra: { status?: string; message?: string } = {}) => ({
  name: `/repo/${name}`,
  ...extra,
  assertionResults: results.map(([fullName, status, message]) => ({ fullName, title: fullName, status, failureMessages: message ? [message] : [] })),
});
const run = (testResults: ReturnType<typeof file>[] | null, exitCode = 0): SoakRun => ({
  report: testResults && { testResults },
  exitCode,
  seconds: 30,
  log: '/tmp/run.log',
});

describe('the soak table', () => {
  const runs = [
    run([file('tests/e2e/a.test.ts', [['opens', 'passed'], ['closes', 'passed'], ['later', 'skipped']])]),
    run([file('tests/e2e/a.test.ts', [['opens', 'failed', '\u001b[31mAssertionError: the dialog opens\u001b[39m\n    at a.test.ts:3'], ['closes', 'passed']])], 1),
    run([file('tests/e2e/a.test.ts', [['opens', 'failed', 'AssertionError: timed out'], ['closes', 'failed', 'AssertionError: focus | lost']])], 1),
    run([file('tests/e2e/b.test.ts', [], { status: 'failed', message: 'SyntaxError: Unexpected token' })], 1),
    run(null, 1),
  ];
  const result = tally(runs, '/repo');

  it('counts each failing test out of the runs, with its first message, in the order they first failed', () => {
    expect(result.failed).toEqual([
      { test: 'tests/e2e/a.test.ts > opens', count: 2, first: 'AssertionError: the dialog opens' },
      { test: 'tests/e2e/a.test.ts > closes', count: 1, first: 'AssertionError: focus | lost' },
      { test: 'tests/e2e/b.test.ts (the file itself)', count: 1, first: 'SyntaxError: Unexpected token' },
      { test: '(the run itself)', count: 1, first: 'vitest wrote no report (exit code 1); see /tmp/run.log (run 5)' },
    ]);
    expect(result).toMatchObject({ runs: 5, tests: 2, failures: 5, failedRuns: 4, seconds: 150 });
  });

  it('prints a Markdown table of the failures, then the totals', () => {
    const lines = formatTally(result).split('\n');
    expect(lines[0]).toBe('| test | failures | first failure |');
    expect(lines[2]).toBe('| tests/e2e/a.test.ts > opens | 2 of 5 | AssertionError: the dialog opens |');
    expect(lines[3]).toBe('| tests/e2e/a.test.ts > closes | 1 of 5 | AssertionError: focus \\| lost |');
    expect(lines.at(-1)).toBe('runs: 5 (4 failed) · tests: 2 · failures: 5 · time: 2 min 30 s');
  });

  it('says so when nothing failed', () => {
    const clean = tally([runs[0]!, runs[0]!], '/repo');
    expect(formatTally(clean)).toBe('No test failed in 2 run(s).\n\nruns: 2 (0 failed) · tests: 2 · failures: 0 · time: 1 min 0 s');
  });

  it('cuts a long first line, and names an empty message', () => {
    expect(firstLine(`Error: ${'x'.repeat(300)}`, 40)).toHaveLength(40);
    expect(firstLine('\n\n')).toBe('(no message)');
  });
});
