import type { Catalog } from './types';

/**
 * The event the moments are from, from the catalogue file's `event`, as text outside the page
 * (titles, link previews) names it. Short names default to the longer ones.
 */
export function eventOf(data: Pick<Catalog, 'event'>) {
  const { name, shortName = name, tag = shortName, place: venue, source } = data.event;
  return {
    name,
    shortName,
    /** The shortest name a tab title falls back to. */
    tag,
    /** Where it happened: the file's `place`, "Prudential Center, Newark, New Jersey". */
    venue,
    /** Where every moment happened, as a link preview says it: "Selena Gomez and Rema backstage at the 2023 VMAs." */
    place: `backstage at the ${tag}`,
    /** The article the captions come from, if they come from one. */
    source,
  } as const;
}

export type CatalogEvent = ReturnType<typeof eventOf>;
