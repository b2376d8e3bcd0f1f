/**
 * The import's decisions (pure: plain data in, plain data out): which photos are new, in what
 * order they were taken, who is in them, what number and slug each new moment gets, and what a
 * person must still write. The catalogue's existing event, people, awards and moments are kept
 * exactly as they were, in their order; new people and moments are appended.
 */
import type { Award, EventInfo, MomentEntry as Moment, Person } from '../../src/content/types';
import { closestByIdOrName } from '../../src/domain/suggest.ts';
import { slugify } from '../../src/domain/slugs.ts';
import type { PhotoFields } from './photo-fields.ts';

/** A catalogue as the import reads and writes it: maybe unfinished (an empty alt), other keys kept as they are. */
export interface DraftCatalog {
  $schema?: string;
  event: EventInfo;
  people: Person[];
  awards: Award[];
  moments: Moment[];
  [key: string]: unknown;
}

export interface ScannedPhoto {
  /** The name the summary gives it. */
  file: string;
  /** Its path relative to the catalogue file, with forward slashes. */
  src: string;
  /** A hash of its bytes, when another file has the same size (the edge hashes only those). */
  hash?: string;
  fields: PhotoFields;
}

export interface ImportInput {
  /** The catalogue file's content; undefined when the file does not exist yet. */
  catalog?: DraftCatalog;
  /** `$schema` of a new catalogue. */
  schema: string;
  /** Hashes of the existing moments' photo files, by `photo.src` (those of a size some new file has). */
  existingHashes?: Record<string, string>;
  photos: ScannedPhoto[];
  /** `--event`: the new catalogue's event name. */
  event?: string;
}

export type SummaryLine =
  | { file: string; kind: 'added'; number: number; slug: string; people: { name: string; isNew: boolean }[]; needs: string[] }
  | { file: string; kind: 'skipped'; why: string };

export interface ImportResult {
  catalog: DraftCatalog;
  lines: SummaryLine[];
  added: number;
  newPeople: { person: Person; didYouMean?: Person }[];
  /** What the editor must know about the catalogue as a whole (an event field to fill…). */
  notes: string[];
}

/** Capture order: EXIF DateTimeOriginal, else IPTC Date Created; photos without either after, by file name. */
export function compareCapture(a: ScannedPhoto, b: ScannedPhoto): number {
  const [ta, tb] = [a.fields.taken, b.fields.taken];
  if (ta !== tb) {
    if (ta === undefined) return 1;
    if (tb === undefined) return -1;
    return ta < tb ? -1 : 1;
  }
  return a.file.localeCompare(b.file, 'en', { numeric: true });
}

/** The keys whose size another key also has: only those files can be byte-for-byte repeats, so only they are hashed. */
export function sharedSizes(sizes: ReadonlyMap<string, number>): Set<string> {
  const count = new Map<number, number>();
  for (const size of sizes.values()) count.set(size, (count.get(size) ?? 0) + 1);
  return new Set([...sizes].filter(([, size]) => count.get(size)! > 1).map(([key]) => key));
}

/**
 * What a name is matched by, whatever its case, accents and punctuation: "RENEE RAPP" and
 * "Reneé Rapp" → "renee-rapp"; a name without Latin letters ("王菲") by itself.
 */
const nameKey = (name: string) => slugify(name) || name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** `base`, else `base-2`, `base-3`… : the first that `taken` lacks (and then takes it). */
function uniqueIn(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** A moment's slug from its people's ids, as the shipped slugs read: "shakira", "rema-and-selena-gomez", "a-b-and-c"; "a-b-and-others" past three. */
export function peopleSlug(ids: string[]): string {
  if (ids.length > 3) return `${ids.slice(0, 2).join('-')}-and-others`;
  if (ids.length < 2) return ids[0] ?? '';
  return `${ids.slice(0, -1).join('-')}-and-${ids.at(-1)}`;
}

const stem = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
const normalSrc = (src: string) => src.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');

/** The most frequent non-empty value, the first seen among equals. */
function mostCommon(values: string[]): string {
  const count = new Map<string, number>();
  for (const value of values) if (value) count.set(value, (count.get(value) ?? 0) + 1);
  let best = '';
  for (const [value, n] of count) if (n > (count.get(best) ?? 0)) best = value;
  return best;
}

const isShouted = (name: string) => name === name.toUpperCase() && name !== name.toLowerCase();

/**
 * How `text` (a caption) spells `name`, when it names the same person whatever the case and
 * accents and is not in capitals itself: "RENEE RAPP" in "Olivia Rodrigo and Reneé Rapp's hug" →
 * "Reneé Rapp". Agencies often shout Person Shown, and write the caption as a person would.
 */
export function spelledIn(text: string, name: string): string | undefined {
  const key = nameKey(name);
  const length = name.trim().split(/\s+/).length;
  const words = text.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|(?:['’]s)?[^\p{L}\p{N}]*$/gu, ''));
  for (let start = 0; start + length <= words.length; start += 1) {
    const candidate = words.slice(start, start + length).join(' ');
    if (nameKey(candidate) === key && !isShouted(candidate)) return candidate;
  }
  return undefined;
}

/** Drafts the moments of `photos` into the catalogue (or a new one), deciding everything the summary reports. */
export function draftImport({ catalog, schema, existingHashes = {}, photos, event }: ImportInput): ImportResult {
  const ordered = [...photos].sort(compareCapture);
  const notes: string[] = [];
  const people: Person[] = [...(catalog?.people ?? [])];
  const findPerson = (name: string) => {
    const key = nameKey(name);
    return key ? people.find((person) => nameKey(person.name) === key || person.id === key) : undefined;
  };

  // New people first, from every photo's Person Shown, so that a keyword can name one too. Of the
  // spellings of one new name, one not in capitals is kept ("Doja Cat" over "DOJA CAT"), and a name
  // in capitals is spelt as the photo's caption spells it, where it does.
  const ids = new Set(people.map((person) => person.id));
  const newPeople: Person[] = [];
  const shown = ordered.flatMap(({ fields }) =>
    fields.people.map((name) => (isShouted(name) ? (spelledIn(fields.caption, name) ?? name) : name)),
  );
  for (const name of shown) {
    const known = findPerson(name);
    if (!known) {
      const person = { id: uniqueIn(slugify(name) || 'person', ids), name };
      people.push(person);
      newPeople.push(person);
    } else if (newPeople.includes(known) && isShouted(known.name) && !isShouted(name)) {
      known.name = name;
    }
  }

  const moments: Moment[] = [];
  const lines: SummaryLine[] = [];
  const bySrc = new Map((catalog?.moments ?? []).flatMap((moment) => (moment.photo ? [[normalSrc(moment.photo.src), moment] as const] : [])));
  const byHash = new Map<string, string>();
  for (const [src, hash] of Object.entries(existingHashes)) {
    const moment = bySrc.get(normalSrc(src));
    if (moment) byHash.set(hash, `the same photo as moment ${moment.number} "${moment.slug}" (${moment.photo!.src}), under another name`);
  }
  const slugs = new Set((catalog?.moments ?? []).map((moment) => moment.slug));
  let number = Math.max(0, ...(catalog?.moments ?? []).map((moment) => moment.number)) + 1;

  for (const photo of ordered) {
    const src = normalSrc(photo.src);
    const there = bySrc.get(src);
    if (there) {
      lines.push({ file: photo.file, kind: 'skipped', why: `already in the catalogue as moment ${there.number} "${there.slug}"` });
      continue;
    }
    const repeat = photo.hash === undefined ? undefined : byHash.get(photo.hash);
    if (repeat) {
      lines.push({ file: photo.file, kind: 'skipped', why: repeat });
      continue;
    }
    const { fields } = photo;
    const named = fields.people.length > 0 ? fields.people : fields.keywords.filter((keyword) => findPerson(keyword));
    const pictured = [...new Set(named.map((name) => findPerson(name)!))];
    const slug = uniqueIn(peopleSlug(pictured.map((person) => person.id)) || slugify(stem(photo.file)) || 'moment', slugs);
    const moment: Moment = {
      number,
      slug,
      caption: fields.caption,
      alt: fields.alt,
      credit: { photographer: fields.photographer, agency: fields.agency },
      people: pictured.map((person) => person.id),
      awards: [],
      photo: { src },
    };
    moments.push(moment);
    bySrc.set(src, moment);
    if (photo.hash !== undefined) byHash.set(photo.hash, `the same photo as ${photo.file}'s moment ${number} "${slug}", under another name`);
    const needs = [
      !fields.alt && 'alt text',
      pictured.length === 0 && 'people',
      !fields.caption && 'a caption',
      !fields.photographer && 'the photographer',
      !fields.agency && 'the agency',
    ].filter((need): need is string => Boolean(need));
    lines.push({
      file: photo.file,
      kind: 'added',
      number,
      slug,
      people: pictured.map((person) => ({ name: person.name, isNew: newPeople.includes(person) })),
      needs,
    });
    number += 1;
  }

  const outside = moments.find((moment) => moment.photo!.src.startsWith('../'));
  if (outside)
    notes.push(
      `the photos are not beside the catalogue: their paths leave its folder ("${outside.photo!.src}"); keep the photos and the catalogue where they are, or move them together`,
    );

  // A new person pictured in no added photo (all were repeats) is not added.
  const used = new Set(moments.flatMap((moment) => moment.people));
  const added = newPeople.filter((person) => used.has(person.id));
  const keptPeople = [...(catalog?.people ?? []), ...added];

  let eventInfo: EventInfo;
  if (catalog) {
    eventInfo = catalog.event;
    if (event) notes.push(`--event names a new catalogue's event: this one's ("${catalog.event.name}") is left as it is`);
  } else {
    const fields = ordered.map((photo) => photo.fields);
    eventInfo = { name: event?.trim() || mostCommon(fields.map((item) => item.event)), place: mostCommon(fields.map((item) => item.place)) };
    if (!eventInfo.name) notes.push('event.name: no photo names its event (IPTC Event or Headline): write it, or run again with --event "<name>"');
    if (!eventInfo.place) notes.push('event.place: no photo names where it was taken (sub-location, city, state): write it');
  }

  const result: DraftCatalog = catalog
    ? { ...catalog, people: keptPeople, moments: [...catalog.moments, ...moments] }
    : { $schema: schema, event: eventInfo, people: keptPeople, awards: [], moments };
  const others = catalog?.people ?? [];
  return {
    catalog: result,
    lines,
    added: moments.length,
    newPeople: added.map((person) => {
      const near = closestByIdOrName(person.name, others);
      return near ? { person, didYouMean: near } : { person };
    }),
    notes,
  };
}

/** What is wrong with a file's content as a catalogue to add moments to (an unfinished one is fine), or nothing. */
export function catalogShapeProblems(value: unknown): string[] {
  const isObject = (item: unknown): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item);
  if (!isObject(value)) return ['it is not a JSON object with "event", "people", "awards" and "moments"'];
  const problems: string[] = [];
  if (!isObject(value.event)) problems.push('"event" is not an object');
  for (const key of ['people', 'awards'] as const) {
    const list = value[key];
    if (!Array.isArray(list)) problems.push(`"${key}" is not a list`);
    else
      list.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry.id !== 'string' || typeof entry.name !== 'string') problems.push(`${key}[${index}] has no text "id" and "name"`);
      });
  }
  if (!Array.isArray(value.moments)) problems.push('"moments" is not a list');
  else
    value.moments.forEach((moment, index) => {
      if (!isObject(moment) || typeof moment.number !== 'number' || typeof moment.slug !== 'string')
        problems.push(`moments[${index}] has no number "number" and text "slug"`);
      else if (moment.photo !== undefined && (!isObject(moment.photo) || typeof moment.photo.src !== 'string'))
        problems.push(`moment ${moment.number} "${moment.slug}": "photo" has no text "src"`);
    });
  return problems;
}
