import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../../scripts/measure/synthetic-catalog.mjs';

// `CATALOG=path npm run build` builds any catalogue, and stops on a wrong one.
const dir = mkdtempSync(join(tmpdir(), 'catalog-build-'));

function run(command: string, args: string[], catalog: string) {
  const result = spawnSync(command, args, { env: { ...process.env, CATALOG: catalog }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('CATALOG=path npm run build', () => {
  it('stops with exit code 1 and the message, without a stack trace, when the catalogue is wrong', () => {
    const wrong = syntheticCatalog(19);
    wrong.moments[3] = { ...wrong.moments[3]!, people: ['taylor-swift', 'sabrina'] };
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify(wrong));

    const { status, output } = run('npm', ['run', 'build'], file);
    expect(output).toContain(`${file} has 1 problem(s):`);
    expect(output).toContain('moment 4 "taylor-swift-and-sabrina-carpenter", field "people": unknown person id "sabrina"');
    expect(output).not.toMatch(/^\s+at /m);
    expect(status).toBe(1);
  }, 60_000);

  it('bundles the catalogue it names', () => {
    const small = syntheticCatalog(21);
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify(small));
    const outDir = join(dir, 'dist');

    const { status, output } = run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], file);
    expect(output).toBe('');
    expect(status).toBe(0);
    const js = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
    const bundled = js.map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('\n');
    // Moment 20 and the 60th person exist only in this catalogue (a plain check: the bundle is large).
    expect(small.people).toHaveLength(60);
    expect(bundled.includes('"shakira-and-her-sons-2"'), 'moment 20 in the bundle').toBe(true);
    expect(bundled.includes(`"${small.people.at(-1)!.name}"`), 'the 60th person in the bundle').toBe(true);
  }, 120_000);
});
