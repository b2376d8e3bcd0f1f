// `npm run serve:nginx`: Debian's nginx in the foreground, serving dist/ with deploy/nginx.conf
// on 127.0.0.1:$PORT (default 8080; HOST to change the address). Works as root (workers run as
// the owner of dist/) and as any other user: the pid file and temporary files go to a fresh
// folder under the system's temp folder, removed when nginx stops (Ctrl-C).
// `--print` prints the filled configuration instead of starting nginx.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Debian's nginx, also where /usr/sbin is not on a non-root user's PATH. */
export const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** The user named by a uid in /etc/passwd, else the number itself. */
function userName(uid) {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.split(':')[2] === String(uid));
  return line ? line.split(':')[0] : String(uid);
}

/** `add_header` lines for the headers dist/_headers gives every path. */
function securityHeaders(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const headers = headersFor(parseHeadersFile(readFileSync(file, 'utf8')), '/*');
  if (!headers['Content-Security-Policy']) throw new Error(`${file} has no Content-Security-Policy for /*`);
  return Object.entries(headers)
    .map(([name, value]) => {
      if (/["$\\\n]/.test(value)) throw new Error(`${file}: ${name} holds a character nginx would misread`);
      return `add_header ${name} "${value}" always;\n`;
    })
    .join('');
}

/**
 * Writes nginx.conf and security-headers.conf into `runtime` for dist/ at `root`, and returns
 * the path of nginx.conf. `user` is added only when `asRoot` (nginx ignores it otherwise, with a warning).
 */
export function writeNginxConfig({ root, listen, runtime, asRoot = process.getuid?.() === 0 }) {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run npm run build first`);
  const values = {
    USER: asRoot ? `user ${userName(statSync(root).uid)};` : '',
    RUNTIME: runtime,
    LISTEN: listen,
    ROOT: root,
  };
  const config = readFileSync(join(repo, 'deploy/nginx.conf'), 'utf8').replace(/\{\{([A-Z]+)\}\}/g, (_, name) => values[name]);
  writeFileSync(join(runtime, 'security-headers.conf'), securityHeaders(root));
  writeFileSync(join(runtime, 'nginx.conf'), config);
  return join(runtime, 'nginx.conf');
}

/** The arguments that start nginx on a written configuration, logging to stderr. */
export function nginxArgs(runtime) {
  return ['-p', runtime, '-c', join(runtime, 'nginx.conf'), '-e', 'stderr'];
}

function main() {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const root = resolve(process.env.DIST ?? join(repo, 'dist'));
  const runtime = mkdtempSync(join(tmpdir(), 'backstage-nginx-'));
  const cleanUp = () => rmSync(runtime, { recursive: true, force: true });
  try {
    writeNginxConfig({ root, listen: `${process.env.HOST ?? '127.0.0.1'}:${port}`, runtime });
    if (process.argv.includes('--print')) {
      process.stdout.write(readFileSync(join(runtime, 'nginx.conf'), 'utf8'));
      process.stdout.write(`\n# security-headers.conf:\n${readFileSync(join(runtime, 'security-headers.conf'), 'utf8')}`);
      return cleanUp();
    }
  } catch (error) {
    cleanUp();
    throw error;
  }
  if (spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).error) {
    cleanUp();
    throw new Error('nginx is not installed: on Debian or Ubuntu, apt-get install nginx');
  }
  console.log(`serving ${root} with nginx on http://${process.env.HOST ?? '127.0.0.1'}:${port}/ (Ctrl-C stops)`);
  const nginx = spawn(NGINX, nginxArgs(runtime), { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
  nginx.on('exit', (code, signal) => {
    cleanUp();
    process.exit(code ?? (signal === 'SIGQUIT' ? 0 : 1));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`serve:nginx: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
