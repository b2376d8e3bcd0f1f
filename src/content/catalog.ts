import { awards } from './awards';
import { moments } from './moments';
import { people } from './people';
import type { Award, Catalog, Moment, Person } from './types';
import { validateCatalog } from './validate';

/** The validated content. Importing it fails the build (prerender) and the tests when it is wrong. */
export const catalog: Catalog = validateCatalog({ people, awards, moments });

const peopleById = new Map(catalog.people.map((person) => [person.id, person]));
const awardsById = new Map(catalog.awards.map((award) => [award.id, award]));
const momentsBySlug = new Map(catalog.moments.map((moment) => [moment.slug, moment]));

export function getMoment(slug: string): Moment | undefined {
  return momentsBySlug.get(slug);
}

/** Validation guarantees every id a moment uses is known. */
export function getPeople(moment: Moment): Person[] {
  return moment.people.map((id) => peopleById.get(id)!);
}

export function getAwards(moment: Moment): Award[] {
  return moment.awards.map((id) => awardsById.get(id)!);
}

/** The moment's title, from who is in it: "Selena Gomez and Rema". */
export function momentTitle(moment: Moment): string {
  const names = getPeople(moment).map((person) => person.name);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function creditLine(moment: Moment): string {
  return `Photo: ${moment.credit.photographer} / ${moment.credit.agency}`;
}
