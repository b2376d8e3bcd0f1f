/**
 * Serves the catalogue file to the app as the module `virtual:catalog`, validated at build (and
 * in the dev server and tests): `CATALOG=path/to/catalog.json npm run build` builds any catalogue;
 * the default is the shipped one. A wrong file stops the build with exit code 1 and a message
 * naming each moment, slug and field, before anything is written. The browser gets plain data.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError, validateCatalog } from '../../src/content/validate.ts';
import type { Catalog } from '../../src/content/types.ts';

export const DEFAULT_CATALOG = 'content/vmas-2023.json';
const ID = 'virtual:catalog';
const RESOLVED = `\0${ID}`;

/** "line 3, column 5" for a character offset, since JSON.parse only gives the offset on Node 20. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** Reads and validates a catalogue file; throws a ContentError with a clear message when it is wrong. */
export function loadCatalog(file: string): Catalog {
  const inside = relative(process.cwd(), file);
  const name = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([`cannot read the file (set CATALOG to a catalogue's path; the default is ${DEFAULT_CATALOG})`], name);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec(String(error))?.[1];
    const where = offset === undefined ? '' : ` at ${lineAndColumn(text, Number(offset))}`;
    throw new ContentError([`is not valid JSON${where}: ${(error as Error).message.replace(/ in JSON at position.*/, '')}`], name);
  }
  return validateCatalog(data, name);
}

export function catalogPlugin(): Plugin {
  const file = resolve(process.env.CATALOG || DEFAULT_CATALOG);
  let isBuild = false;
  let catalog: Catalog | undefined;
  return {
    name: 'backstage:catalog',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      // The dev server and the tests read the file when the app first imports it (a wrong one shows in the overlay).
      if (!isBuild) return;
      try {
        catalog = loadCatalog(file);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        // A wrong catalogue is the editor's to fix: the message, no stack trace.
        console.error(`\n${error.message}\n`);
        process.exit(1);
      }
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(file);
      try {
        catalog ??= loadCatalog(file);
      } catch (error) {
        // The editor's to fix: shown in the dev server's overlay and terminal without a stack trace.
        if (error instanceof ContentError) error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
    },
    handleHotUpdate({ file: changed, server }) {
      if (resolve(changed) !== file) return;
      catalog = undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
