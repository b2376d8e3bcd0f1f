import { planArtwork, type ArtworkPlan } from '../domain/artwork';
import { joinNames, standaloneText, standaloneTitle, type StandaloneText } from '../domain/standalone-text';
import data, { url } from 'virtual:catalog';
import { eventOf, type CatalogEvent } from './event';
import type { Award, Catalog, CatalogHead, Moment, MomentEntry, MomentWords, Person, WallCatalog } from './types';
import type { Captions } from '../domain/filters';
import { setWords, wordsCount, wordsOf, wordsOfEntry } from './words';

/**
 * The content: the catalogue file (content/vmas-2023.json, or CATALOG=path at build), validated
 * by scripts/build/catalog-plugin.ts before the build or a test gets it; a wrong file fails both.
 * The prerender, the dev server and the tests have it from the start, words and all; the browser
 * fetches its head from `catalogUrl` (load-catalog.ts, main.tsx) and sets it once, before the
 * first render, and the moments' words in chunks (words.ts). Nothing may read it while a module
 * is evaluated.
 */
export let catalog: WallCatalog & { captions: Captions<Moment> };
let setFrom: Catalog | CatalogHead | undefined;

/** The filters' search reads the captions from words.ts, as they come. */
const captions: Captions<Moment> = { of: (moment) => wordsOf(moment)?.caption, count: wordsCount };

/** Where the built site keeps each chunk of the moments' words (the head names them); none where all are here. */
export let wordChunks: readonly string[] = [];

/** What the wall is about (its names, place and source article), from the catalogue file. */
export let event: CatalogEvent;

/** The moment whose address the not-found page shows as an example: the file's choice, else the first. */
export let exampleMoment: Moment | undefined;

/** Where the built site keeps the catalogue's head: `/assets/catalog-<hash>.json`. */
export const catalogUrl: string = url;

let peopleById = new Map<string, Person>();
let awardsById = new Map<string, Award>();
let momentsBySlug = new Map<string, Moment>();

/** Whether the catalogue is set (always, except in the browser before load-catalog.ts is done). */
export const hasCatalog = () => setFrom !== undefined;

const isFile = (next: Catalog | CatalogHead): next is Catalog => !('chunks' in next);

/**
 * Sets the catalogue, once: the whole file where the module holds it (its words too), or in the
 * browser the head, fetched before the first render.
 */
export function setCatalog(next: Catalog | CatalogHead): void {
  if (setFrom !== undefined && setFrom !== next) throw new Error('the catalogue is set once, before the first render');
  if (setFrom === next) return;
  setFrom = next;
  // `captions` is how to read the data, not data: left out of a copy (`{ ...catalog }`) and of JSON.
  catalog = Object.defineProperty({ event: next.event, people: next.people, awards: next.awards, moments: next.moments }, 'captions', { value: captions, enumerable: false }) as typeof catalog;
  if (isFile(next)) setWords(1, next.moments.map(wordsOfEntry));
  else wordChunks = next.chunks;
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

/** A moment with its words, once they are here (in the prerender and the tests, always). */
export function entryOf(moment: Moment): MomentEntry | undefined {
  if ('caption' in moment) return moment as MomentEntry;
  const words = wordsOf(moment);
  return words && { ...moment, ...words };
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
export function creditLine(moment: MomentEntry): string;
export function creditLine(moment: Moment, words: MomentWords): string;
export function creditLine(moment: Moment, { credit }: MomentWords = moment as MomentEntry): string {
  return `${moment.photo ? 'Photo' : 'Original photo'}: ${credit.photographer} / ${credit.agency}`;
}

/**
 * The moment's words where they stand alone (a link preview): who, where, then the caption (who
 * and where only while the browser has not got the caption yet).
 */
export function momentText(moment: Moment, words = wordsOf(moment)): StandaloneText {
  return standaloneText({ names: names(moment), caption: words?.caption ?? '', place: event.place });
}

/** The moment's tab and link-preview title, at most 60 characters. */
export function momentPageTitle(moment: Moment): string {
  return standaloneTitle({ names: names(moment), place: event.place, tag: event.tag });
}
