/**
 * Words typed to find a moment (`?q=`) and the text they are looked for in: folded the same way
 * on both sides, so that any letter case and any accent find the same moments ("renee" finds
 * Reneé Rapp, "BEYONCE" Beyoncé, "beyonces" Beyoncé's).
 */

/** Letters that carry no separable accent in Unicode, written as a person types them without it. */
const PLAIN: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Lowercase, without accents: "Reneé" → "renee", "Røyksopp" → "royksopp", "ß" → "ss". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[øłđħıßæœþ]/g, (letter) => PLAIN[letter]!);
}

/**
 * The words of a text, folded: apostrophes join (Beyoncé's → "beyonces"), anything else that is
 * not a letter or a digit separates.
 */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .replace(/['’ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The longest search the address keeps, in characters (the box stops there too). */
export const SEARCH_MAX_LENGTH = 100;

// Control characters, line and paragraph separators, and bidirectional marks, embeddings,
// overrides and isolates: they could reorder or hide the text around them.
export const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A search as the address keeps it: composed (NFC: one spelling of "é"), unsafe characters
 * gone, runs of white space one space, trimmed, at most SEARCH_MAX_LENGTH characters. `''` is
 * no search.
 */
export function tidySearch(raw: string): string {
  const chars = Array.from(raw.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim());
  return chars.slice(0, SEARCH_MAX_LENGTH).join('').trim();
}

/**
 * What a search looks for: its words, folded, each once. A search with no letter or digit in it
 * ("!!!") looks for nothing, and so narrows nothing.
 */
export function searchWords(search: string | undefined): string[] {
  return [...new Set(foldedWords(tidySearch(search ?? '')))];
}

/**
 * A text made ready to be searched many times: its folded words, each after a space, so that
 * "a word starting with w" is one substring test for " w".
 */
export function searchable(text: string): string {
  return ` ${foldedWords(text).join(' ')}`;
}

/**
 * Whether a searchable text (from `searchable`) answers the words: every word starts some word
 * of it ("tay swi" → Taylor Swift, "hug" → "hugged"). No words: nothing to answer, so false.
 */
export function answers(text: string, words: readonly string[]): boolean {
  return words.length > 0 && words.every((word) => text.includes(` ${word}`));
}
