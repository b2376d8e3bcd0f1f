// WebKit: Debian's webkit2gtk-driver (WebKitWebDriver and its MiniBrowser), through webdriverio
// in classic WebDriver mode (WebKitGTK speaks no BiDi), on an X server of its own (it has no
// headless mode): Xvfb on a display it picks itself (-displayfd), so nothing fixed is shared
// with anyone else's browsers.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect } from 'node:net';
import { Key as WdioKey, remote } from 'webdriverio';
import type { Engine, EngineOptions, Key } from './driver';
import { WATCHER } from './in-page';

const KEYS: Record<Key, string> = {
  Escape: WdioKey.Escape,
  ArrowLeft: WdioKey.ArrowLeft,
  ArrowRight: WdioKey.ArrowRight,
  ArrowDown: WdioKey.ArrowDown,
  ArrowUp: WdioKey.ArrowUp,
  Enter: WdioKey.Enter,
  Tab: WdioKey.Tab,
  Home: WdioKey.Home,
  End: WdioKey.End,
  ' ': WdioKey.Space,
  // Characters are sent as themselves.
  '+': '+',
  '-': '-',
  '0': '0',
};

/** MiniBrowser's narrowest window, measured: a smaller setWindowSize leaves it at this width. */
export const WEBKIT_MIN_WIDTH = 447;

const missing = (what: string) =>
  new Error(`${what}: apt-get install webkit2gtk-driver xvfb (.ci/run does), or leave WebKit out with ENGINES=chromium,firefox`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function started(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? missing(`No ${what}`) : error));
    child.once('spawn', () => resolve());
  });
}

/** Starts Xvfb on a free display; resolves with the display (":3"). */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2560x1600x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  await started(xvfb, 'Xvfb');
  const display = await new Promise<string>((resolve, reject) => {
    let said = '';
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      said += String(chunk);
      if (said.includes('\n')) resolve(`:${said.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it named its display`)));
  });
  return { display, process: xvfb };
}

/**
 * A GTK configuration of its own for MiniBrowser: WebKitGTK reports prefers-reduced-motion:
 * reduce when GTK's animations are off, read from settings.ini where no settings daemon runs.
 */
function gtkSettings(reducedMotion: boolean): string {
  const home = mkdtempSync(join(tmpdir(), 'backstage-webkit-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${reducedMotion ? 0 : 1}\n`);
  return home;
}

export async function launchWebKit({ reducedMotion = false }: EngineOptions = {}): Promise<Engine> {
  const children: ChildProcess[] = [];
  const config = gtkSettings(reducedMotion);
  const stop = () => {
    for (const child of children.splice(0).reverse()) if (child.exitCode === null) child.kill();
    rmSync(config, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    const xvfb = await startXvfb();
    children.push(xvfb.process);
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config },
      stdio: 'ignore',
    });
    children.push(driver);
    await started(driver, 'WebKitWebDriver');
    for (let tries = 0; !(await listening(port)); tries++) {
      if (tries > 100 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not listen on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'warn',
      connectionRetryCount: 0,
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
    });
    // A script may take long: axe-core on the wall took over 10 s here with the load at 20.
    await browser.setTimeout({ pageLoad: 15_000, script: 60_000 });

    /** The viewport's size as the page sees it; WebKit's window size includes its header bar. */
    const inner = () => browser.execute(() => ({ width: window.innerWidth, height: window.innerHeight }));

    /**
     * Sizes the window so that the viewport is width×height. setWindowSize answers NaN in about
     * one session in five, so the viewport is asked again rather than trusting the answer.
     */
    async function size(width: number, height: number): Promise<void> {
      if (width < WEBKIT_MIN_WIDTH) throw new Error(`WebKit's window is never narrower than ${WEBKIT_MIN_WIDTH} px (asked for ${width})`);
      let want = { width, height };
      let got = { width: 0, height: 0 };
      for (let tries = 0; tries < 4; tries++) {
        await browser.setWindowSize(want.width, want.height).catch(() => undefined);
        for (let looks = 0; looks < 20; looks++) {
          got = await inner();
          if (Number.isFinite(got.width) && got.width > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        if (got.width === width && got.height === height) return;
        if (!Number.isFinite(got.width) || !Number.isFinite(got.height) || got.width <= 0) continue;
        want = { width: want.width + width - got.width, height: want.height + height - got.height };
      }
      throw new Error(`WebKit's viewport is ${got.width}×${got.height}, not ${width}×${height}`);
    }

    return {
      name: 'webkit',
      async newTab({ width, height }) {
        await browser.url('about:blank');
        await size(width, height);
        const tab = {
          async goto(url: string) {
            await browser.url(url);
            // No script can run before the page's own here: the watcher starts after load.
            await browser.execute(WATCHER);
          },
          evaluate: (expression: string) => browser.execute(`return (${expression});`),
          async click(x: number, y: number) {
            await browser.action('pointer', { parameters: { pointerType: 'mouse' } }).move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).down().up().perform();
          },
          async doubleClick(x: number, y: number) {
            await browser.action('pointer', { parameters: { pointerType: 'mouse' } }).move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).down().up().down().up().perform();
          },
          async swipe(x: number, y: number, dx: number, dy: number) {
            let finger = browser.action('pointer', { parameters: { pointerType: 'touch' } }).move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).down();
            for (let step = 1; step <= 6; step++) finger = finger.move({ x: Math.round(x + (dx * step) / 6), y: Math.round(y + (dy * step) / 6), origin: 'viewport', duration: 16 });
            await finger.up().perform();
          },
          async press(key: Key) {
            await browser.keys(KEYS[key]);
          },
          async type(text: string) {
            // One action per character: in one sequence, WebKitWebDriver drops a key that repeats
            // the one before ("RENEE" arrives as "RENE", "zzzz" as "z").
            for (const character of text) await browser.keys(character);
          },
          async back() {
            await browser.back();
          },
          resize: size,
          async screenshot(path: string) {
            await browser.saveScreenshot(path);
          },
          async close() {
            // One window serves every tab in turn: leave nothing of this one to the next.
            await browser.execute(() => {
              try {
                localStorage.clear();
                sessionStorage.clear();
              } catch {
                /* about:blank has no storage */
              }
            });
            await browser.deleteAllCookies().catch(() => undefined);
            await browser.url('about:blank');
          },
        };
        return tab;
      },
      async close() {
        try {
          await browser.deleteSession();
        } finally {
          stop();
          process.off('exit', stop);
        }
      },
    };
  } catch (error) {
    stop();
    process.off('exit', stop);
    throw error;
  }
}
