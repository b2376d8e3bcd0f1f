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
  return closest(typed, items, (item) => [item.slug]).slice(0, MAX_SUGGESTIONS);
}

/**
 * The person or award an unknown filter value most likely meant (`taylor-swit`, `Tayler Swift`):
 * its id or display name is close by the same rule as a moment's slug. Undefined when none is.
 */
export function closestByIdOrName<T extends { id: string; name: string }>(typed: string, known: readonly T[]): T | undefined {
  return closest(typed, known, (entry) => [entry.id, slugify(entry.name)])[0];
}

/** Items within a few typos of what was typed (or whose key contains it), closest first, then in their order. */
function closest<T>(typed: string, items: readonly T[], keysOf: (item: T) => string[]): T[] {
  const wanted = slugify(typed);
  if (!wanted) return [];
  const near = (key: string) => editDistance(wanted, key) <= Math.max(2, Math.floor(key.length / 4)) || (wanted.length >= 4 && key.includes(wanted));
  return items
    .map((item, index) => ({ item, index, keys: keysOf(item).filter(near) }))
    .filter(({ keys }) => keys.length > 0)
    .map(({ item, index, keys }) => ({ item, index, distance: Math.min(...keys.map((key) => editDistance(wanted, key))) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
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
