import { planArtwork, type ArtworkPlan } from '../domain/artwork';
import { joinNames, standaloneText, standaloneTitle, type StandaloneText } from '../domain/standalone-text';
import data, { url } from 'virtual:catalog';
import { eventOf, type CatalogEvent } from './event';
import type { Award, Catalog, Moment, Person } from './types';

/**
 * The content: the catalogue file (content/vmas-2023.json, or CATALOG=path at build), validated
 * by scripts/build/catalog-plugin.ts before the build or a test gets it; a wrong file fails both.
 * The prerender, the dev server and the tests have it from the start; the browser fetches it from
 * `catalogUrl` (load-catalog.ts, main.tsx) and sets it once, before the first render. Nothing may
 * read it while a module is evaluated.
 */
export let catalog: Catalog;

/** What the wall is about (its names, place and source article), from the catalogue file. */
export let event: CatalogEvent;

/** The moment whose address the not-found page shows as an example: the file's choice, else the first. */
export let exampleMoment: Moment | undefined;

/** Where the built site keeps the catalogue's data: `/assets/catalog-<hash>.json`. */
export const catalogUrl: string = url;

let peopleById = new Map<string, Person>();
let awardsById = new Map<string, Award>();
let momentsBySlug = new Map<string, Moment>();

/** Whether the catalogue is set (always, except in the browser before load-catalog.ts is done). */
export const hasCatalog = () => catalog !== undefined;

/** Sets the catalogue, once: the browser's, fetched before the first render. */
export function setCatalog(next: Catalog): void {
  if (catalog !== undefined && catalog !== next) throw new Error('the catalogue is set once, before the first render');
  catalog = next;
  event = eventOf(next);
  peopleById = new Map(next.people.map((person) => [person.id, person]));
  awardsById = new Map(next.awards.map((award) => [award.id, award]));
  momentsBySlug = new Map(next.moments.map((moment) => [moment.slug, moment]));
  exampleMoment = (next.event.exampleMoment === undefined ? undefined : momentsBySlug.get(next.event.exampleMoment)) ?? next.moments[0];
}

if (data) setCatalog(data);

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

const names = (moment: Moment) => getPeople(moment).map((person) => person.name);

const plans = new WeakMap<Moment, ArtworkPlan>();

/**
 * The moment's generated artwork: staged for who is in it and whether an award is named. Planned
 * once a moment (its card, its dialog and its preview image draw the same plan; a card that
 * comes back after a filter does too).
 */
export function planFor(moment: Moment): ArtworkPlan {
  let plan = plans.get(moment);
  if (!plan) {
    const honour = moment.awards.length > 0 ? 'award' : moment.trophyNote ? 'trophies' : 'none';
    plan = planArtwork({ slug: moment.slug, number: moment.number, names: names(moment), honour });
    plans.set(moment, plan);
  }
  return plan;
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
