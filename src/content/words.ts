import { useEffect, useSyncExternalStore } from 'react';
import type { Moment, MomentEntry, MomentWords, WordsLengths } from './types';

/**
 * The moments' words (caption, alt text, credit): in the prerender, the dev server and the tests
 * all of them from the start; in the browser a chunk of 100 moments at a time
 * (load-catalog.ts), the chunks the first render shows before it, the rest after it. What waits
 * for a moment's words reads them here and re-renders when they come (`useWords`).
 */
export const CHUNK_SIZE = 100;

/** The chunk holding a moment's words: moments 1–100 are chunk 0. */
export const chunkOf = (moment: Pick<Moment, 'number'>): number => Math.floor((moment.number - 1) / CHUNK_SIZE);

/** The number of a chunk's first moment: chunk 1 starts at moment 101. */
export const firstOfChunk = (chunk: number): number => chunk * CHUNK_SIZE + 1;

const words = new Map<number, MomentWords>();
const listeners = new Set<() => void>();
/** How many moments have their words; what `useWordsCount` re-renders on. */
let known = 0;
/** Why some words are not here yet, while a chunk that failed waits to be tried again. */
let trouble: string | undefined;
/** Asks for a chunk (load-catalog.ts loadChunk, set by the browser's entry); nothing to ask where every word is here. */
let ask: (chunk: number) => Promise<void> = () => Promise.resolve();
/** Fetches every chunk not here yet (load-catalog.ts loadEveryChunk), once the first render is on screen. */
let askForTheRest: () => void = () => {};

const notify = () => {
  for (const listener of [...listeners]) listener();
};

type Numbered = Pick<Moment, 'number'> | MomentEntry;

/** A moment's words, once they are here; a whole file's moment (the prerender's, a test's) carries its own. */
export const wordsOf = (moment: Numbered): MomentWords | undefined => ('caption' in moment ? moment : words.get(moment.number));

/** Why some words are not here yet (a chunk failed and waits to be tried again), if so. */
export const wordsTrouble = (): string | undefined => trouble;

/** Whether a chunk's words are here (a chunk comes whole, so its first moment's tell). */
export const hasChunk = (chunk: number): boolean => words.has(firstOfChunk(chunk));

/** How many moments' words are here. */
export const wordsCount = (): number => known;

/** The words a whole catalogue file's moments carry (the prerender's, the tests'). */
export function wordsOfEntry({ caption, alt, altNote, credit }: MomentEntry): MomentWords {
  return altNote === undefined ? { caption, alt, credit } : { caption, alt, altNote, credit };
}

/** What the head says of a moment's words: their lengths (see WordsLengths). */
export const lengthsOf = ({ caption, alt, credit }: MomentWords): WordsLengths => [caption.length, alt.length, credit.photographer.length + credit.agency.length];

/** Keeps the words of the moments numbered `first`, `first + 1`, …, and tells whoever waits. */
export function setWords(first: number, list: readonly MomentWords[]): void {
  list.forEach((entry, offset) => {
    if (!words.has(first + offset)) known += 1;
    words.set(first + offset, entry);
  });
  notify();
}

/** Says why some words are missing (a chunk failed and waits to be tried again), or that nothing is. */
export function setWordsTrouble(next: string | undefined): void {
  if (next === trouble) return;
  trouble = next;
  notify();
}

/** Where the browser gets a chunk of words from, and then all of them (main.tsx: load-catalog.ts). */
export function askForChunksWith(loader: (chunk: number) => Promise<void>, rest: () => void): void {
  ask = loader;
  askForTheRest = rest;
}

/**
 * Once the first render is committed, every chunk not here yet, in the background: after what
 * the cards on screen asked for as they rendered (their effects run before this one's).
 */
export function useTheRestOfTheWords(): void {
  useEffect(() => askForTheRest(), []);
}

/** Asks for the chunks of these moments' words that are not here (each once: the loader keeps its requests). */
export function askForWords(moments: readonly Numbered[]): void {
  for (const moment of moments) if (!wordsOf(moment)) void ask(chunkOf(moment)).catch(() => {});
}

/** Forgets every word (tests: a catalogue set afresh). */
export function clearWords(): void {
  words.clear();
  known = 0;
}

export function subscribeWords(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A moment's words, re-rendering when they come; undefined until then. Shown before they are
 * here, it asks for their chunk (a card scrolled to, a far moment opened), and for the chunks of
 * `ahead` (a dialog's neighbours, a step away).
 */
export function useWords(moment: Numbered, ahead: readonly Numbered[] = []): MomentWords | undefined {
  const found = useSyncExternalStore(subscribeWords, () => wordsOf(moment), () => wordsOf(moment));
  const key = [moment, ...ahead].map((entry) => entry.number).join(' ');
  useEffect(() => askForWords(key.split(' ').map((number) => ({ number: Number(number) }))), [key]);
  return found;
}

/** Why some words are not here yet (a chunk failed and is tried again), re-rendering when that changes. */
export function useWordsTrouble(): string | undefined {
  return useSyncExternalStore(subscribeWords, wordsTrouble, wordsTrouble);
}

/**
 * How many moments' words are here, re-rendering as chunks come, while `active` (a search, whose
 * answer grows with them); 0, and no re-render, otherwise.
 */
export function useWordsCountWhile(active: boolean): number {
  const read = () => (active ? known : 0);
  return useSyncExternalStore(subscribeWords, read, read);
}
