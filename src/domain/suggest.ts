import { slugify } from './slugs';

/** Levenshtein distance between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[right.length]!;
}

export const MAX_SUGGESTIONS = 3;

/**
 * The items whose slug is closest to what was typed (`selena-gomes-and-rema`,
 * `Selena-Gomez-And-Rema`, `nsync`): any letter case or spacing, a few typos (about one in four
 * characters), or a slug that contains it. At most three, closest first, then in their order.
 */
export function closestBySlug<T extends { slug: string }>(typed: string, items: readonly T[]): T[] {
  const wanted = slugify(typed);
  if (!wanted) return [];
  return items
    .map((item, index) => ({ item, index, distance: editDistance(wanted, item.slug) }))
    .filter(({ item, distance }) => distance <= Math.max(2, Math.floor(item.slug.length / 4)) || (wanted.length >= 4 && item.slug.includes(wanted)))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ item }) => item);
}

/** The last part of a path, decoded when it can be: what a person most likely typed a slug into. */
export function lastSegment(pathname: string): string {
  const segment = pathname.split('/').filter(Boolean).at(-1) ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
