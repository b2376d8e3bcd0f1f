/**
 * The photo cache's manifest (`manifest.json` in the cache folder): each photo file the builds
 * have read, by its absolute path, with its size and modification time then and the hash of its
 * bytes. A photo whose size and modification time are unchanged is taken to be the same bytes
 * (as make and rsync do), so a rebuild opens none of them: the hash with the settings and the
 * focus names its cache folder. A photo edited in place gets a new modification time and is read
 * and hashed again; its folder then tells whether it must be encoded.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Manifest {
  version: 1;
  photos: Record<string, { size: number; mtimeMs: number; hash: string }>;
}

const fileIn = (cache: string) => join(cache, 'manifest.json');

/** The manifest in `cache`, or an empty one (none yet, another version, or damaged). */
export function readManifest(cache: string): Manifest {
  try {
    const manifest = JSON.parse(readFileSync(fileIn(cache), 'utf8')) as Manifest;
    if (manifest.version === 1 && typeof manifest.photos === 'object' && manifest.photos) return manifest;
  } catch {
    // None yet, or cut short: every photo is read once more.
  }
  return { version: 1, photos: {} };
}

/** Written whole or not at all (a build stopped midway leaves the last one). */
export function writeManifest(cache: string, manifest: Manifest): void {
  mkdirSync(cache, { recursive: true });
  const temporary = `${fileIn(cache)}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, fileIn(cache));
}
