// A catalogue of 1,000 moments (the shipped 19 cloned, scripts/measure/synthetic-catalog.mjs),
// built into dist-large/ once per test run, whichever test file needs it first, without link
// preview images (PREVIEW_IMAGES=off: no test of it looks at them), and served beside the
// default site by each file that asks for it:
//
//   const large = serveLargeSite();
//   test('…', async () => { await page.goto(large.url('/')); });
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { syntheticCatalog } from '../../../scripts/measure/synthetic-catalog.mjs';
import { joinNames } from '../../../src/domain/standalone-text';
import { root, serveBuiltOnce, type BuiltOnce, type Site } from './built-once';

export const LARGE_DIST = 'dist-large';
export const LARGE_SIZE = 1000;
/** At most this many elements in a large wall's page, however far one scrolls, at any width (issue 21). */
export const LARGE_MAX_ELEMENTS = 1_500;
const CATALOG = join(root, 'node_modules/.cache/backstage-large', `catalog-${LARGE_SIZE}.json`);

interface LargeMoment {
  slug: string;
  number: number;
  people: string[];
  awards: string[];
  caption: string;
}
interface LargeCatalog {
  people: { id: string; name: string }[];
  awards: { id: string; name: string }[];
  moments: LargeMoment[];
}

/** The large catalogue, as its file has it. */
export const largeCatalog = syntheticCatalog(LARGE_SIZE) as LargeCatalog;
const names = new Map(largeCatalog.people.map((person) => [person.id, person.name]));
/** A large-catalogue moment's title, the dialog's heading: its people. */
export const largeTitle = (moment: LargeMoment) => joinNames(moment.people.map((id) => names.get(id) ?? id));
/** A large-catalogue moment's card link name: its people and number, as the wall names it. */
export const largeCardName = (moment: LargeMoment) => `${largeTitle(moment)}, moment ${moment.number}`;

const LARGE: BuiltOnce = {
  dist: LARGE_DIST,
  what: 'the large build',
  prepare() {
    mkdirSync(join(CATALOG, '..'), { recursive: true });
    const schema = relative(join(CATALOG, '..'), join(root, 'content/catalog.schema.json'));
    writeFileSync(CATALOG, `${JSON.stringify({ $schema: schema, ...largeCatalog })}\n`);
  },
  env: { CATALOG, PREVIEW_IMAGES: 'off' },
  timeout: 600_000,
};

export type LargeSite = Site;

/** Builds (once per run) and serves the large site for the tests of one file. */
export const serveLargeSite = (): LargeSite => serveBuiltOnce(LARGE, 'serveLargeSite()');
