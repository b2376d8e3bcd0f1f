import { isSlug } from '../domain/slugs';
import type { Catalog, Moment } from './types';

/** Thrown when the content is wrong; its message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

function label(moment: Moment, index: number): string {
  const slug = typeof moment.slug === 'string' && moment.slug ? ` "${moment.slug}"` : '';
  return `moment ${moment.number ?? `#${index + 1}`}${slug}`;
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Checks the whole catalogue and returns it, or throws one ContentError naming each moment and field. */
export function validateCatalog(catalog: Catalog): Catalog {
  const problems: string[] = [];
  const personIds = new Set(catalog.people.map((person) => person.id));
  const awardIds = new Set(catalog.awards.map((award) => award.id));

  for (const id of duplicates(catalog.people.map((person) => person.id))) problems.push(`person "${id}" is listed twice`);
  for (const id of duplicates(catalog.awards.map((award) => award.id))) problems.push(`award "${id}" is listed twice`);
  for (const entry of [...catalog.people, ...catalog.awards]) {
    if (!isSlug(entry.id)) problems.push(`id "${entry.id}" must be lowercase words joined by hyphens`);
    if (isBlank(entry.name)) problems.push(`"${entry.id}" has an empty name`);
  }

  const seenSlugs = new Map<string, number>();
  catalog.moments.forEach((moment, index) => {
    const where = label(moment, index);
    const fail = (field: string, message: string) => problems.push(`${where}, field "${field}": ${message}`);

    if (moment.number !== index + 1) fail('number', `expected ${index + 1}, the moment's place in the list`);
    if (isBlank(moment.slug) || !isSlug(moment.slug)) fail('slug', 'must be lowercase words joined by hyphens');
    const twin = seenSlugs.get(moment.slug);
    if (twin !== undefined) fail('slug', `"${moment.slug}" is already used by moment ${twin}`);
    seenSlugs.set(moment.slug, moment.number);

    if (isBlank(moment.caption)) fail('caption', 'is empty');
    if (isBlank(moment.alt)) fail('alt', 'is empty');
    if (isBlank(moment.credit?.photographer)) fail('credit.photographer', 'is empty');
    if (isBlank(moment.credit?.agency)) fail('credit.agency', 'is empty');
    if (moment.people.length === 0) fail('people', 'names nobody');
    for (const id of moment.people) if (!personIds.has(id)) fail('people', `unknown person id "${id}"`);
    for (const id of moment.awards) if (!awardIds.has(id)) fail('awards', `unknown award id "${id}"`);
    if (moment.photo) {
      if (isBlank(moment.photo.src)) fail('photo.src', 'is empty');
      for (const side of ['width', 'height'] as const) {
        const size = moment.photo[side];
        if (!Number.isInteger(size) || size <= 0) fail(`photo.${side}`, 'must be a positive whole number of pixels');
      }
    }
  });

  if (problems.length > 0) throw new ContentError(problems);
  return catalog;
}
