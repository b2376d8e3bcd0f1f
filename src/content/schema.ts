/**
 * The one definition of a catalogue file (content/*.json): the TypeScript types (types.ts), the
 * build's validation (validate.ts) and the JSON Schema editors get completion from
 * (content/catalog.schema.json, written by `npm run schema`) all come from here.
 * Build and tests only: the browser gets the catalogue already validated, without zod.
 */
import { z } from 'zod';
import { SLUG } from '../domain/slugs.ts';

const slug = (what: string) =>
  z.string().regex(SLUG, 'must be lowercase words joined by hyphens').meta({ description: what });
const text = (what: string) => z.string().regex(/\S/, 'is empty').meta({ description: what });

export const sourceSchema = z
  .strictObject({
    title: text('Its title, as published: "19 Extremely Pure Things That Happened At The 2023 Video Music Awards".'),
    author: text('Who wrote it: "Jen Abidor".'),
    publisher: text('Where it was published: "BuzzFeed".'),
    url: z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be a web address (https://…)' })
      .optional()
      // The pattern is for editors (JSON Schema); zod checks the protocol above.
      .meta({ description: 'Its address; the footer then links its title.', pattern: '^https?://' }),
  })
  .meta({ description: 'The article the captions come from, credited in the footer. Leave it out when the captions are your own.' });

export const eventSchema = z.strictObject({
  name: text('The event, as the header names it: "2023 MTV Video Music Awards".'),
  shortName: text('A shorter name: "2023 MTV VMAs". Defaults to the name.').optional(),
  tag: text('The shortest name, for tab titles and running text: "2023 VMAs". Defaults to the short name.').optional(),
  place: text('Where it happened: "Prudential Center, Newark, New Jersey".'),
  source: sourceSchema.optional(),
  exampleMoment: slug("The moment whose address the not-found page gives as an example. Defaults to the first moment's.").optional(),
});

const entry = (what: string) =>
  z.strictObject({
    id: slug(`What addresses and moments use for this ${what}; never change a published one.`),
    name: text(`The ${what}'s display name.`),
  });

export const personSchema = entry('person').meta({ description: 'A person pictured in at least one moment.' });
export const awardSchema = entry('award').meta({ description: 'An award category that a caption names.' });

const unit = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

export const photoSchema = z
  .strictObject({
    src: z
      .string()
      .regex(/\S/, 'is empty')
      .regex(/^(?![a-z][a-z0-9+.-]*:|[\\/])/i, 'must be a path relative to the catalogue file, such as "photos/name.jpg"')
      .meta({
        description:
          'The photo file, relative to this catalogue file: "photos/shakira.jpg" (JPEG, PNG, WebP, AVIF or HEIF). Its size and placeholder are read from the file at build.',
      }),
    focus: z
      .tuple([unit, unit])
      .optional()
      .meta({ description: 'The point a crop keeps, [x, y] from 0 to 1 from the left and the top; the centre, [0.5, 0.5], by default.' }),
  })
  .meta({ description: "A real photograph an editor holding the licence may drop in; the moment's `alt` is its alt text." });

export const creditSchema = z.strictObject({
  photographer: text('Who took the photo.'),
  agency: text('The agency that licenses it.'),
});

export const momentSchema = z.strictObject({
  number: z.int('must be a whole number').meta({ description: "The moment's place in the list, 1-based." }),
  slug: slug("Readable and stable: the moment's address, so never change a published one."),
  caption: text("The article's text for the moment, word for word, without its leading number."),
  alt: text("The image description, for people who cannot see it."),
  altNote: z.string().optional().meta({ description: 'Why `alt` differs from the article, when it does.' }),
  credit: creditSchema,
  people: z.array(z.string()).min(1, 'names nobody').meta({ description: 'Person ids, in the order the caption names them.' }),
  awards: z.array(z.string()).meta({ description: 'Award ids of the categories the caption names.' }),
  trophyNote: z.string().optional().meta({ description: 'Honours shown without an invented category ("Moon People").' }),
  photo: photoSchema.optional(),
});

export const catalogSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Where editors find this schema.' }),
    event: eventSchema,
    people: z.array(personSchema).meta({ description: 'Everyone pictured, named once.' }),
    awards: z.array(awardSchema).meta({ description: 'The award categories the captions name.' }),
    moments: z.array(momentSchema).meta({ description: 'The moments, in the order the wall shows them.' }),
  })
  .meta({ title: 'Backstage catalogue', description: 'The event, its people, awards and moments.' });

/** The JSON Schema of a catalogue file (draft-07, which every editor reads). */
export function catalogJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(catalogSchema, { target: 'draft-07', io: 'input' });
}
