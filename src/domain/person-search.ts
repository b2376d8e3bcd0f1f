/** Lowercase, without accents: "Reneé" → "renee". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether a name answers what was typed: every typed word starts a word of the name, whatever
 * the case and accents ("tay" → Taylor Swift, "renee" → Reneé Rapp, "carpenter" → Sabrina
 * Carpenter, "sabrina car" → Sabrina Carpenter). Nothing typed matches nothing.
 */
export function nameMatches(name: string, typed: string): boolean {
  const wanted = words(typed);
  const have = words(name);
  return wanted.length > 0 && wanted.every((word) => have.some((part) => part.startsWith(word)));
}

/** The entries whose name answers what was typed, in their given order. */
export function findByName<T extends { name: string }>(entries: readonly T[], typed: string): T[] {
  return entries.filter((entry) => nameMatches(entry.name, typed));
}
