import type { Catalog } from '../content/types';
import type { FacetKind, Filters } from './filters';

/** The query parameter of each facet: `?person=karol-g&award=best-pop`. */
export const queryKeys: Record<FacetKind, string> = { people: 'person', awards: 'award' };

export interface ParsedFilters {
  filters: Filters;
  /** Values in the query that name nothing we know: ignored, and said so. */
  unknown: Record<FacetKind, string[]>;
}

function parseFacet(params: URLSearchParams, kind: FacetKind, known: readonly { id: string }[]) {
  const asked = new Set(params.getAll(queryKeys[kind]).map((value) => value.trim()));
  asked.delete('');
  const ids = known.map((entry) => entry.id).filter((id) => asked.has(id));
  const unknown = [...asked].filter((value) => !ids.includes(value));
  return { ids, unknown };
}

/** Reads the filters out of a query string; unknown and repeated values never throw. */
export function parseFilters(search: string | URLSearchParams, catalog: Catalog): ParsedFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const people = parseFacet(params, 'people', catalog.people);
  const awards = parseFacet(params, 'awards', catalog.awards);
  return {
    filters: { people: people.ids, awards: awards.ids },
    unknown: { people: people.unknown, awards: awards.unknown },
  };
}

/** The query string for some filters, `""` when there are none, else starting with `?`. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const kind of ['people', 'awards'] as const) {
    for (const id of filters[kind]) params.append(queryKeys[kind], id);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
