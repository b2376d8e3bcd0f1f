import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG, loadCatalog } from '../../../scripts/build/catalog-plugin';
import { catalog, event, exampleMoment } from '../../../src/content/catalog';
import { catalogJsonSchema } from '../../../src/content/schema';
import { validateCatalog } from '../../../src/content/validate';

const SCHEMA_FILE = 'content/catalog.schema.json';
/** The shipped file, read here as plain JSON: not through the plugin the app gets it from. */
const SHIPPED_FILE = 'content/vmas-2023.json';
const shipped = JSON.parse(readFileSync(SHIPPED_FILE, 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'catalog-'));

/** The message loading this file text fails with; the test fails if it loads. */
function problemsIn(text: string): string {
  const file = join(dir, `case-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  expect(() => loadCatalog(file)).toThrow(/problem/);
  try {
    loadCatalog(file);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

/** The shipped catalogue with one moment bent out of shape. */
const withMoment = (index: number, change: Record<string, unknown>) =>
  JSON.stringify({ ...shipped, moments: (shipped.moments as object[]).map((m, i) => (i === index ? { ...m, ...change } : m)) });

describe('the catalogue file', () => {
  it('is what the app gets, validated, with the event it is about', () => {
    // What `virtual:catalog` served the app (src/content/catalog.ts), against the file as written:
    // every moment, person and award, field by field and in order, and nothing else.
    expect(DEFAULT_CATALOG, 'the build serves this file unless CATALOG says otherwise').toBe(SHIPPED_FILE);
    const { $schema: _pointer, ...written } = shipped;
    expect(Object.keys(catalog)).toEqual(Object.keys(written));
    for (const part of ['event', 'people', 'awards', 'moments'] as const) expect(catalog[part], part).toStrictEqual(written[part]);
    expect(catalog, 'and the validator passes it as it is').toStrictEqual(validateCatalog(shipped));
    expect(event).toEqual({
      name: '2023 MTV Video Music Awards',
      shortName: '2023 MTV VMAs',
      tag: '2023 VMAs',
      venue: 'Prudential Center, Newark, New Jersey',
      place: 'backstage at the 2023 VMAs',
      source: { title: '19 Extremely Pure Things That Happened At The 2023 Video Music Awards', author: 'Jen Abidor', publisher: 'BuzzFeed' },
    });
    expect(exampleMoment?.slug).toBe('selena-gomez-and-rema');
  });

  it('points editors at the published schema, which is the one schema.ts defines', () => {
    expect(shipped.$schema).toBe('./catalog.schema.json');
    // After changing schema.ts: `npm run schema` rewrites the file.
    if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(catalogJsonSchema());
  });

  it('publishes a schema that knows every field, so an editor completes and flags them', () => {
    const schema = catalogJsonSchema() as { required: string[]; properties: Record<string, { items?: unknown }> };
    expect(schema.required).toEqual(['event', 'people', 'awards', 'moments']);
    const moment = schema.properties.moments!.items as { required: string[]; additionalProperties: boolean; properties: Record<string, { pattern?: string; description?: string }> };
    expect(moment.required).toEqual(['number', 'slug', 'caption', 'alt', 'credit', 'people', 'awards']);
    expect(moment.additionalProperties).toBe(false);
    expect(moment.properties.slug!.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(moment.properties.caption!.description).toMatch(/word for word/);
  });

  it('publishes a schema that a JSON Schema validator (as an editor runs) passes the file with and flags mistakes by', () => {
    const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
    // Formats (the source's "uri") are left to the patterns zod writes beside them, as editors do.
    const validate = new Ajv({ allErrors: true, validateFormats: false }).compile(published);
    expect(validate(shipped), JSON.stringify(validate.errors)).toBe(true);

    const wrong = JSON.parse(withMoment(0, { slug: 'Not A Slug', captoin: 'typo' })) as { event: Record<string, unknown> };
    delete wrong.event.place;
    wrong.event.date = '2023-09-12';
    wrong.event.source = { ...(wrong.event.source as object), url: 'javascript:alert(1)' };
    expect(validate(wrong)).toBe(false);
    const found = validate.errors!.map((error) => `${error.instancePath} ${error.keyword} ${JSON.stringify(error.params)}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '/event required {"missingProperty":"place"}',
        '/event additionalProperties {"additionalProperty":"date"}',
        expect.stringMatching(/^\/event\/source\/url pattern /),
        '/moments/0 additionalProperties {"additionalProperty":"captoin"}',
        expect.stringMatching(/^\/moments\/0\/slug pattern /),
      ]),
    );
  });

  it('names the moment, slug and field of an unknown person id', () => {
    expect(problemsIn(withMoment(3, { people: ['taylor-swift', 'sabrina'] }))).toContain(
      'moment 4 "taylor-swift-and-sabrina-carpenter", field "people": unknown person id "sabrina"',
    );
  });

  it('names a misspelt field and a field of the wrong type', () => {
    const message = problemsIn(withMoment(1, { captoin: 'typo', number: '2' }));
    expect(message).toContain('moment #2 "taylor-swift-and-selena-gomez": unknown field(s) "captoin"');
    expect(message).toContain('moment #2 "taylor-swift-and-selena-gomez", field "number": ');
  });

  it('names the file and the problems in the event and the people', () => {
    const source = { title: 'An article', author: 'A. Writer', publisher: ' ', url: 'javascript:alert(1)' };
    const message = problemsIn(
      JSON.stringify({
        ...shipped,
        event: { name: 'X', date: '2023-09-12', place: '', source },
        people: [...(shipped.people as object[]), { id: 'Ice Spice', name: 'Ice' }],
      }),
    );
    expect(message).toMatch(/^\/.*case-\w+\.json has 5 problem\(s\):/);
    expect(message).toContain('field "event": unknown field(s) "date"');
    expect(message).toContain('field "event.place": is empty');
    expect(message).toContain('field "event.source.publisher": is empty');
    expect(message).toContain('field "event.source.url": must be a web address (https://…)');
    expect(message).toContain('person #28 "Ice Spice", field "id": must be lowercase words joined by hyphens');
  });

  it('names an example moment that no moment is', () => {
    const message = problemsIn(JSON.stringify({ ...shipped, event: { ...(shipped.event as object), exampleMoment: 'selena-gomez-and-remy' } }));
    expect(message).toMatch(/has 1 problem\(s\):\n {2}- field "event.exampleMoment": no moment has the slug "selena-gomez-and-remy"$/);
  });

  it('gives the line and column of broken JSON, and says when the file cannot be read', () => {
    expect(problemsIn('{\n  "event": {,\n}')).toMatch(/is not valid JSON at line 2, column 13/);
    expect(() => loadCatalog(join(dir, 'missing.json'))).toThrow(/missing\.json has 1 problem\(s\):\n {2}- cannot read the file \(set CATALOG/);
  });
});
