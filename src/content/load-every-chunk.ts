import { wordChunks } from './catalog';
import { loadChunk } from './load-catalog';
import { hasChunk, setWordsTrouble } from './words';

/*
 * The chunks of words the first render did not need, fetched in the background once it is on
 * screen: a chunk of its own (main.tsx imports it then), off the path to hydration.
 */

/** Waits before the next try of a chunk that failed: 1, 2, 4… seconds, at most 30. */
const retryDelay = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt);

/**
 * After the first render: every chunk not yet here, `first` ones first (nearest the screen),
 * `parallel` at a time (two in the background; more for a search that waits on them). A chunk
 * that fails is tried again later, and words.ts says why meanwhile (`useWordsTrouble`), so a
 * connection that comes back gets every word in the end.
 */
export async function loadEveryChunk(first: readonly number[] = [], parallel = 2, fetchFile?: typeof fetch, wait = retryDelay): Promise<void> {
  const order = [...new Set([...first, ...wordChunks.keys()])];
  for (let attempt = 0; ; attempt += 1) {
    const next = order.filter((index) => !hasChunk(index));
    const errors: unknown[] = [];
    const worker = async () => {
      for (let index = next.shift(); index !== undefined; index = next.shift()) await loadChunk(index, fetchFile).catch((error: unknown) => void errors.push(error));
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    if (errors.length === 0) return setWordsTrouble(undefined);
    // In the reader's words: which file, and why, is the console's business, not theirs.
    setWordsTrouble(`${errors.length === 1 ? 'one chunk' : `${errors.length} chunks`} of captions did not come; trying again`);
    await new Promise((resolve) => setTimeout(resolve, wait(attempt)));
  }
}
