// The builds of `npm run bench`: timed `npm run build`s of a catalogue into dist/, with dist/ set
// aside while the bench runs and put back after.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duration } from './table.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = join(root, 'dist');
/** The bench's catalogues, build logs and last table (ignored by git). */
export const BENCH = join(root, '.bench');
/** The preview-image caches of the bench's builds, and dist/ while the bench runs. */
export const CACHE = join(root, 'node_modules/.cache/backstage-bench');
const SAVED_DIST = join(CACHE, 'dist-before-bench');

/** `npm run build` of `catalog` with its preview images cached in `ogCache`: its time and what it painted. */
export function timedBuild(catalog, ogCache, logFile) {
  const log = openSync(logFile, 'w');
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, env: { ...process.env, CATALOG: catalog, OG_CACHE: ogCache }, stdio: ['ignore', log, log] });
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      closeSync(log);
      const said = /(\d+) preview images \((\d+) painted.*in ([\d.]+) s\)/.exec(readFileSync(logFile, 'utf8'));
      if (code !== 0) return done(`failed (${logFile.slice(root.length + 1)})`);
      done(said ? `${duration(ms)} (${said[2]} of ${said[1]} images painted, ${said[3]} s)` : duration(ms));
    });
  });
}

/** A copy of catalogue `file` with one caption changed, as an editor would. */
export function editedCopy(file) {
  const catalog = JSON.parse(readFileSync(file, 'utf8'));
  const moment = catalog.moments[Math.floor(catalog.moments.length / 2)];
  moment.caption = `Edited: ${moment.caption}`;
  const edited = file.replace(/\.json$/, '-edited.json');
  writeFileSync(edited, `${JSON.stringify(catalog, null, 1)}\n`);
  return edited;
}

let aside = false;

/** Moves dist/ out of the way of the bench's builds. */
export function setDistAside() {
  aside = true;
  mkdirSync(CACHE, { recursive: true });
  rmSync(SAVED_DIST, { recursive: true, force: true });
  if (existsSync(DIST)) renameSync(DIST, SAVED_DIST);
}

/** Puts dist/ back as setDistAside found it (none, if there was none). */
export function restoreDist() {
  if (!aside) return;
  aside = false;
  rmSync(DIST, { recursive: true, force: true });
  if (existsSync(SAVED_DIST)) renameSync(SAVED_DIST, DIST);
}
