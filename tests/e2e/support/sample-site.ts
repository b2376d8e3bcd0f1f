// The sample catalogue's site (content/sample/, photos made by scripts/serve/sample.mjs), built
// into dist-sample/ once per test run, whichever photo test file needs it first, and served
// beside the default site by each file that asks for it:
//
//   const sample = serveSampleSite();
//   test('…', async () => { await page.goto(sample.url('/')); });
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_CATALOG, writeSamplePhotos } from '../../../scripts/serve/sample.mjs';
import { root, serveBuiltOnce, type BuiltOnce, type Site } from './built-once';

export { root };
export const SAMPLE_DIST = 'dist-sample';

/** A sample moment as its catalogue file has it. */
export interface SampleMoment {
  slug: string;
  caption: string;
  alt: string;
  photo?: { src: string };
}
export const sampleMoments: SampleMoment[] = JSON.parse(readFileSync(join(root, SAMPLE_CATALOG), 'utf8')).moments;
export const sampleMoment = (slug: string) => sampleMoments.find((each) => each.slug === slug)!;
/** The sample's 16:9 photo (5,640×3,172). */
export const WIDE = 'the-quiet-hours-take-best-group';

const SAMPLE: BuiltOnce = {
  dist: SAMPLE_DIST,
  what: 'the sample build',
  prepare: writeSamplePhotos,
  env: { CATALOG: SAMPLE_CATALOG },
  timeout: 300_000,
};

export type SampleSite = Site;

/** Builds (once per run) and serves the sample site for the tests of one file. */
export const serveSampleSite = (): SampleSite => serveBuiltOnce(SAMPLE, 'serveSampleSite()');
