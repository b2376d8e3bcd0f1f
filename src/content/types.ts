/**
 * The catalogue's types, inferred from its one definition in schema.ts (where each field is
 * described). Type-only: nothing of zod reaches the browser.
 */
import type { z } from 'zod';
import type { PhotoImage } from '../domain/photo-layout';
import type { awardSchema, catalogSchema, creditSchema, eventSchema, momentSchema, personSchema, photoSchema, sourceSchema } from './schema';

/** A person pictured in at least one moment. `id` is what the URL and the moments use. */
export type Person = z.output<typeof personSchema>;
/** An award category that a caption names. */
export type Award = z.output<typeof awardSchema>;
/**
 * A real photograph an editor holding the licence may drop in. `image` is what the build read
 * from the file and encoded (scripts/build/photos/); the catalogue file never holds it.
 */
export type Photo = z.output<typeof photoSchema> & { image?: PhotoImage };
export type Credit = z.output<typeof creditSchema>;
/** The article the captions come from. */
export type Source = z.output<typeof sourceSchema>;
/** What the wall is about: its names, place, source article and example moment. */
export type EventInfo = z.output<typeof eventSchema>;
/** A moment as the catalogue file has it: everything, its words too. */
export type MomentEntry = Omit<z.output<typeof momentSchema>, 'photo'> & { photo?: Photo };
/** A validated catalogue file, without its `$schema` pointer. */
export type Catalog = Omit<z.output<typeof catalogSchema>, '$schema' | 'moments'> & { moments: MomentEntry[] };
/**
 * A moment's words: its caption, alt text and credit, most of its bytes. The browser gets them
 * in chunks, after the rest (docs/decisions/003-content-as-data.md); src/content/words.ts holds them.
 */
export type MomentWords = Pick<MomentEntry, 'caption' | 'alt' | 'altNote' | 'credit'>;
/**
 * How long a moment's words are, in characters (its caption, its alt text, its credit's names):
 * what the head carries of them, so that a card waiting for them is as tall as it will be.
 */
export type WordsLengths = readonly [caption: number, alt: number, credit: number];
/**
 * A moment as the app holds it: who, which awards, its photo; its words are words.ts's. In the
 * browser's head, the length of its words too (a whole file's moment carries the words themselves).
 */
export type Moment = Omit<MomentEntry, keyof MomentWords> & { lengths?: WordsLengths };
/** The catalogue as the app holds it: every moment, without their words. */
export type WallCatalog = Omit<Catalog, 'moments'> & { moments: Moment[] };
/** What the browser fetches first: the catalogue without words, and where each chunk of them is. */
export type CatalogHead = WallCatalog & { chunks: string[] };
