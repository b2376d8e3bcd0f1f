import { answers, searchable, searchWords } from './search';

/**
 * Whether a name answers what was typed: every typed word starts a word of the name, whatever
 * the case and accents ("tay" → Taylor Swift, "renee" → Reneé Rapp, "carpenter" → Sabrina
 * Carpenter, "sabrina car" → Sabrina Carpenter). Nothing typed matches nothing.
 */
export function nameMatches(name: string, typed: string): boolean {
  return answers(searchable(name), searchWords(typed));
}

/** The entries whose name answers what was typed, in their given order. */
export function findByName<T extends { name: string }>(entries: readonly T[], typed: string): T[] {
  const wanted = searchWords(typed);
  return entries.filter((entry) => answers(searchable(entry.name), wanted));
}
