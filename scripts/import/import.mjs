// `npm run import`: runs import.ts (TypeScript, importing src/domain) through Vite's module
// runner, as Node 20 cannot run TypeScript itself, without the project's Vite config.
import { runnerImport } from 'vite';

// A reader that stops early (`npm run import … | head`) ends the output, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { module } = await runnerImport(new URL('./import.ts', import.meta.url).pathname, { configFile: false, logLevel: 'error' });
process.exitCode = await module.main(process.argv.slice(2));
