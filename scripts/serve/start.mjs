// `npm start`: build, then serve dist/ with `vite preview` on port 4173 (or --port N). The port
// is checked first: if it is taken, one line says so and what to do, before any build and with
// no stack trace. It never moves to another port: the built pages' link previews name this one.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
const port = Number(values.port);
const host = 'localhost';

/** Resolves to the error code when the port can't be listened on (EADDRINUSE, EACCES), else null. */
function portProblem() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(error.code ?? 'EUNKNOWN'));
    probe.listen({ port, host }, () => probe.close(() => resolve(null)));
  });
}

function fail(line) {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

const problem = await portProblem();
if (problem === 'EADDRINUSE') {
  fail(`npm start: port ${port} is already in use (another npm start or preview?): stop that process, or run \`npm run build && npm run preview -- --port ${port + 1}\` to serve elsewhere.`);
} else if (problem) {
  fail(`npm start: cannot listen on port ${port} (${problem}): run \`npm run build && npm run preview -- --port <another port>\`.`);
}

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { preview } = await import('vite');
try {
  const server = await preview({ preview: { port, strictPort: true } });
  server.printUrls();
} catch (error) {
  fail(`npm start: could not serve dist/ on port ${port}: ${error instanceof Error ? error.message : String(error)}`);
}
