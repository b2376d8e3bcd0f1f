// Finds the Chromium that the e2e tests (playwright-core) and the audit (lighthouse) drive.
// One place, so that both use the same browser and the same launch flags.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's `chromium` package puts the browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that let Chromium run headless as root in a container, quietly and offline. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_GET_ONE =
  'No Chromium found: install it (apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.';

function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a Chromium to launch: `CHROME_PATH` when it is set, else Debian's
 * /usr/bin/chromium. When there is neither and we are root with apt-get, installs Debian's
 * `chromium` (unless `install` is false). Otherwise throws an Error with a one-line message
 * saying how to get a browser.
 *
 * @param {{ install?: boolean }} [options]
 * @returns {string}
 */
export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO_GET_ONE}`);
  }
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;

  if (install && process.getuid?.() === 0 && onPath('apt-get')) {
    process.stderr.write(`${DEFAULT_CHROMIUM} is missing: installing Debian's chromium with apt-get…\n`);
    try {
      execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], {
        stdio: ['ignore', process.stderr, process.stderr],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      throw new Error(`apt-get install chromium failed. ${HOW_TO_GET_ONE}`);
    }
    if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  }
  throw new Error(HOW_TO_GET_ONE);
}
