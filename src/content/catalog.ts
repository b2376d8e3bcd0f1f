import { planArtwork, type ArtworkPlan } from '../domain/artwork';
import { joinNames, standaloneText, standaloneTitle, type StandaloneText } from '../domain/standalone-text';
import data from 'virtual:catalog';
import { event } from './event';
import type { Award, Catalog, Moment, Person } from './types';

/**
 * The content: the catalogue file (content/vmas-2023.json, or CATALOG=path at build), validated
 * by scripts/build/catalog-plugin.ts before the build or a test gets it; a wrong file fails both.
 */
export const catalog: Catalog = data;

/** What the wall is about (its names, place and source article), from the catalogue file. */
export { event };

const peopleById = new Map(catalog.people.map((person) => [person.id, person]));
const awardsById = new Map(catalog.awards.map((award) => [award.id, award]));
const momentsBySlug = new Map(catalog.moments.map((moment) => [moment.slug, moment]));

export function getMoment(slug: string): Moment | undefined {
  return momentsBySlug.get(slug);
}

/** The moment whose address the not-found page shows as an example: the file's choice, else the first. */
export const exampleMoment: Moment | undefined =
  (catalog.event.exampleMoment === undefined ? undefined : momentsBySlug.get(catalog.event.exampleMoment)) ?? catalog.moments[0];

/** Validation guarantees every id a moment uses is known. */
export function getPeople(moment: Moment): Person[] {
  return moment.people.map((id) => peopleById.get(id)!);
}

export function getAwards(moment: Moment): Award[] {
  return moment.awards.map((id) => awardsById.get(id)!);
}

const names = (moment: Moment) => getPeople(moment).map((person) => person.name);

/** The moment's generated artwork: staged for who is in it and whether an award is named. */
export function planFor(moment: Moment): ArtworkPlan {
  const honour = moment.awards.length > 0 ? 'award' : moment.trophyNote ? 'trophies' : 'none';
  return planArtwork({ slug: moment.slug, number: moment.number, names: names(moment), honour });
}

/** The moment's title, from who is in it: "Selena Gomez and Rema". */
export function momentTitle(moment: Moment): string {
  return joinNames(names(moment));
}

/**
 * The photo's credit. Over generated artwork it is the credit of the original photo, which the
 * page does not show, so it says so.
 */
export function creditLine(moment: Moment): string {
  return `${moment.photo ? 'Photo' : 'Original photo'}: ${moment.credit.photographer} / ${moment.credit.agency}`;
}

/** The moment's words where they stand alone (a link preview): who, where, then the caption. */
export function momentText(moment: Moment): StandaloneText {
  return standaloneText({ names: names(moment), caption: moment.caption, place: event.place });
}

/** The moment's tab and link-preview title, at most 60 characters. */
export function momentPageTitle(moment: Moment): string {
  return standaloneTitle({ names: names(moment), place: event.place, tag: event.tag });
}
