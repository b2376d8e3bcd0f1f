/**
 * Checks a catalogue: its shape against schema.ts (zod), then what a schema cannot say (ids that
 * exist, slugs used once, numbers in order). Build and tests only.
 */
import type { z } from 'zod';
import { catalogSchema } from './schema.ts';
import type { Catalog } from './types.ts';

/** Thrown when the content is wrong; its message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(
    readonly problems: readonly string[],
    source = 'The content',
  ) {
    super(`${source} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

type Loose = Record<string, unknown> | undefined;

/** `moment 4 "taylor-swift-and-sabrina-carpenter"`, from whatever the moment holds. */
function label(kind: string, item: Loose, index: number): string {
  const key = kind === 'moment' ? 'slug' : 'id';
  const name = typeof item?.[key] === 'string' && item[key] ? ` "${item[key]}"` : '';
  const number = kind === 'moment' && typeof item?.number === 'number' ? item.number : `#${index + 1}`;
  return `${kind} ${number}${name}`;
}

const KINDS: Record<string, string> = { moments: 'moment', people: 'person', awards: 'award' };

/** `moment 4 "slug", field "credit.agency": is empty` for an issue at moments[3].credit.agency. */
function describe(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.map(String);
  const field = (parts: string[]) => parts.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  const kind = KINDS[path[0] ?? ''];
  if (kind && path.length >= 2) {
    const index = Number(path[1]);
    const item = ((input as Record<string, unknown[]>)[path[0]!] ?? [])[index] as Loose;
    const where = label(kind, item, index);
    return path.length > 2 ? `${where}, field "${field(path.slice(2))}": ${message}` : `${where}: ${message}`;
  }
  return path.length > 0 ? `field "${field(path)}": ${message}` : message;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** What the schema cannot check: uniqueness, order, and that every id and slug the file refers to exists. */
function crossReferences(catalog: Catalog): string[] {
  const problems: string[] = [];
  const personIds = new Set(catalog.people.map((person) => person.id));
  const awardIds = new Set(catalog.awards.map((award) => award.id));
  for (const id of duplicates(catalog.people.map((person) => person.id))) problems.push(`person "${id}" is listed twice`);
  for (const id of duplicates(catalog.awards.map((award) => award.id))) problems.push(`award "${id}" is listed twice`);

  const seenSlugs = new Map<string, number>();
  catalog.moments.forEach((moment, index) => {
    const fail = (field: string, message: string) =>
      problems.push(`${label('moment', moment, index)}, field "${field}": ${message}`);
    if (moment.number !== index + 1) fail('number', `expected ${index + 1}, the moment's place in the list`);
    const twin = seenSlugs.get(moment.slug);
    if (twin !== undefined) fail('slug', `"${moment.slug}" is already used by moment ${twin}`);
    seenSlugs.set(moment.slug, moment.number);
    for (const id of moment.people) if (!personIds.has(id)) fail('people', `unknown person id "${id}"`);
    for (const id of moment.awards) if (!awardIds.has(id)) fail('awards', `unknown award id "${id}"`);
  });
  const example = catalog.event.exampleMoment;
  if (example !== undefined && !seenSlugs.has(example)) problems.push(`field "event.exampleMoment": no moment has the slug "${example}"`);
  return problems;
}

/**
 * Checks a whole catalogue (as read from its JSON file) and returns it typed, without its
 * `$schema` pointer; or throws one ContentError naming each moment, slug and field.
 */
export function validateCatalog(input: unknown, source?: string): Catalog {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) throw new ContentError(parsed.error.issues.map((issue) => describe(issue, input)), source);
  const { $schema: _pointer, ...catalog } = parsed.data;
  const problems = crossReferences(catalog);
  if (problems.length > 0) throw new ContentError(problems, source);
  return catalog;
}
