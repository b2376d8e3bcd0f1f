/**
 * What the filters show and count, written as plainly as it can be: a scan of every moment.
 * The app never runs this (src/domain/filters.ts answers from an index of the moments, for the
 * app and the prerendered wall's script alike); the tests hold that index to this.
 */
import { toggle, type FacetKind, type FacetOption, type Faceted, type Filters, type Tagged } from '../../../src/domain/filters';
import { foldedWords } from '../../../src/domain/search';

/**
 * A search: every word typed starts some word of the caption or of a person's or award's name
 * (folded alike: src/domain/search.ts's own tests hold the folding to literal examples).
 */
function answersSearch(faceted: Faceted, moment: Tagged, search: string | undefined): boolean {
  const wanted = foldedWords(search ?? '');
  if (wanted.length === 0) return true;
  const nameOf = (kind: FacetKind, id: string) => faceted[kind].find((entry) => entry.id === id)?.name ?? '';
  const texts = [faceted.captions?.of(moment) ?? moment.caption ?? '', ...moment.people.map((id) => nameOf('people', id)), ...moment.awards.map((id) => nameOf('awards', id))];
  const have = texts.flatMap((text) => foldedWords(text));
  return wanted.every((word) => have.some((word2) => word2.startsWith(word)));
}

/** People narrow (a moment they are all in); awards widen (a moment of any); a search narrows; all must hold. */
export function matches(faceted: Faceted, moment: Tagged, filters: Filters): boolean {
  const hasEveryone = filters.people.every((id) => moment.people.includes(id));
  const hasAnAward = filters.awards.length === 0 || filters.awards.some((id) => moment.awards.includes(id));
  return hasEveryone && hasAnAward && answersSearch(faceted, moment, filters.search);
}

export function scanMoments<T extends Tagged>(faceted: Faceted<T>, filters: Filters): T[] {
  return faceted.moments.filter((moment) => matches(faceted, moment, filters));
}

/**
 * Every option as the filters should offer it: people with the most moments first (ties in the
 * catalogue's order), then the awards; each counting the moments shown once it is chosen (or,
 * when chosen, with it still chosen), dimmed when that is none and it is not chosen.
 */
export function scanOptions(faceted: Faceted, filters: Filters): Record<FacetKind, FacetOption[]> {
  const { moments } = faceted;
  const inMoments = new Map(faceted.people.map(({ id }) => [id, moments.filter((moment) => moment.people.includes(id)).length]));
  const options = (kind: FacetKind, entries: Faceted[FacetKind]) =>
    entries.map(({ id, name }) => {
      const selected = filters[kind].includes(id);
      const next = toggle(faceted, filters, kind, id);
      const count = scanMoments(faceted, selected ? filters : next).length;
      return { id, name, selected, count, disabled: !selected && count === 0, next };
    });
  return {
    people: options('people', [...faceted.people].sort((a, b) => inMoments.get(b.id)! - inMoments.get(a.id)!)),
    awards: options('awards', faceted.awards),
  };
}
