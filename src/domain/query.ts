import type { FacetKind, Filters, KnownIds } from './filters';
import { tidySearch, UNSAFE } from './search';
import { slugify } from './slugs';

/** The query parameter of each facet: `?person=karol-g&award=best-pop`. */
export const queryKeys: Record<FacetKind, string> = { people: 'person', awards: 'award' };
/** The query parameter of the search: `?q=hug`. */
export const SEARCH_KEY = 'q';

export interface ParsedFilters {
  filters: Filters;
  /** Values in the query that name nothing we know: ignored, and said so. */
  unknown: Record<FacetKind, string[]>;
}

/**
 * Every spelling a person types or pastes finds its id: any letter case, spaces or underscores
 * for hyphens, accents, or the display name (`Taylor Swift`, `TAYLOR-SWIFT`, `yeonjun of txt`).
 */
function lookup(known: readonly { id: string; name: string }[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const { id, name } of known) {
    byKey.set(slugify(name), id);
    byKey.set(slugify(id), id);
  }
  return byKey;
}

function parseFacet(params: URLSearchParams, kind: FacetKind, known: readonly { id: string; name: string }[]) {
  const byKey = lookup(known);
  const found = new Set<string>();
  const unknown = new Set<string>();
  for (const raw of params.getAll(queryKeys[kind])) {
    const value = raw.trim();
    if (!value) continue;
    const id = byKey.get(slugify(value));
    if (id) found.add(id);
    else unknown.add(value);
  }
  return { ids: known.map((entry) => entry.id).filter((id) => found.has(id)), unknown: [...unknown] };
}

/**
 * Reads the filters out of a query string; unknown and repeated values never throw. The search
 * is the first `q`, tidied (tidySearch: trimmed, cut short, nothing unsafe), and left out when
 * nothing is left of it.
 */
export function parseFilters(search: string | URLSearchParams, known: KnownIds): ParsedFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const people = parseFacet(params, 'people', known.people);
  const awards = parseFacet(params, 'awards', known.awards);
  const words = tidySearch(params.get(SEARCH_KEY) ?? '');
  return {
    filters: { ...(words && { search: words }), people: people.ids, awards: awards.ids },
    unknown: { people: people.unknown, awards: awards.unknown },
  };
}

/** The query string for some filters, `""` when there are none, else starting with `?`: the search first. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  const words = tidySearch(filters.search ?? '');
  if (words) params.append(SEARCH_KEY, words);
  for (const kind of ['people', 'awards'] as const) {
    for (const id of filters[kind]) params.append(queryKeys[kind], id);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The address's canonical query when its filters are spelled another way (`?person=TAYLOR-SWIFT`,
 * repeats, another order), else undefined. Other parameters stay as they were; an address with a
 * value we don't know is left alone, for the notice to explain.
 */
export function canonicalSearch(search: string, known: KnownIds): string | undefined {
  const { filters, unknown } = parseFilters(search, known);
  if (unknown.people.length > 0 || unknown.awards.length > 0) return undefined;
  const params = [...new URLSearchParams(search)];
  const ours = (key: string) => key === SEARCH_KEY || Object.values(queryKeys).includes(key);
  const canonical = [...new URLSearchParams(serializeFilters(filters))];
  const asked = params.filter(([key]) => ours(key));
  if (JSON.stringify(asked) === JSON.stringify(canonical)) return undefined;
  const tidy = new URLSearchParams([...canonical, ...params.filter(([key]) => !ours(key))]).toString();
  return tidy ? `?${tidy}` : '';
}

/** At most this many unknown values are named, each cut to this many characters. */
export const NOTICE_MAX_VALUES = 3;
export const NOTICE_MAX_LENGTH = 40;

/** A value from the address, made safe and short to show: `"Taylor Swi…"`. */
export function displayValue(value: string): string {
  const chars = Array.from(value.replace(UNSAFE, '').trim());
  return chars.length <= NOTICE_MAX_LENGTH ? chars.join('') : `${chars.slice(0, NOTICE_MAX_LENGTH - 1).join('').trimEnd()}…`;
}
