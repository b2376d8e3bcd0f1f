/**
 * Link-preview (Open Graph) images, 1200×630 JPEG, drawn at build time (scripts/build/og/parts.tsx:
 * satori, resvg, sharp). Each moment's card shows its generated artwork beside the words of its
 * description (og/moment-card.tsx); the wall's card is a mosaic of artworks under the wordmark
 * (og/wall-card.tsx). Images are cached by a hash of what they draw (og/cache-key.tsx) in a
 * folder kept between builds, and only the missing ones are painted, in workers (og/pool.ts).
 * Also the apple-touch-icon, a PNG from the favicon.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import { Resvg } from '@resvg/resvg-js';
import { catalog, entryOf, getMoment } from '../../../src/content/catalog';
import type { PhotoImage } from '../../../src/domain/photo-layout';
import { imageKey } from './cache-key';
import { MomentCard } from './moment-card';
import { JPEG, PHOTO_JPEG, toJpeg } from './parts';
import { panelName, photoPanel } from './photo-panel';
import { paintInWorkers } from './pool';
import { WallCard } from './wall-card';

/**
 * One preview image: the wall's, or a moment's by its slug. A moment's real photo travels with
 * its job as what the worker that paints it cuts the panel from (og/photo-panel.ts).
 */
export type OgJob = { kind: 'wall' } | { kind: 'moment'; slug: string; photo?: { image: PhotoImage; dist: string } };

/** Kept between builds, outside dist/ (OG_CACHE=folder moves it). */
export const OG_CACHE = process.env.OG_CACHE ?? 'node_modules/.cache/backstage-og';

/** Where an image goes in dist/; head.ts names the same addresses. */
export const ogFile = (job: OgJob) => (job.kind === 'wall' ? 'og/wall.jpg' : `og/${job.slug}.jpg`);

/** The card of `job`, its photo panel drawn from `photo` (the panel itself, or its name for the cache key). */
export function ogElement(job: OgJob, photo?: string): ReactElement {
  if (job.kind === 'wall') return <WallCard />;
  const known = getMoment(job.slug);
  const moment = known && entryOf(known);
  if (!moment) throw new Error(`no moment "${job.slug}" to draw a preview image of`);
  return <MomentCard moment={moment} photo={photo} />;
}

/** What `job`'s image is cached under (og/cache-key.tsx): the panel by its name, so no photo is opened. */
export const ogKey = (job: OgJob): string => imageKey(ogElement(job, job.kind === 'moment' && job.photo ? panelName(job.photo.image) : undefined));

export async function paintJob(job: OgJob): Promise<Buffer> {
  const photo = job.kind === 'moment' && job.photo ? await photoPanel(job.photo.image, job.photo.dist) : undefined;
  return toJpeg(ogElement(job, photo), photo ? PHOTO_JPEG : JPEG);
}

/**
 * Writes every preview image into `dist`: copied from the cache when one was drawn from the same
 * inputs before, painted by `workerScript` (the prerender bundle) otherwise.
 */
export async function writePreviewImages(dist: string, workerScript: string | URL) {
  mkdirSync(OG_CACHE, { recursive: true });
  mkdirSync(join(dist, 'og'), { recursive: true });
  const jobs: OgJob[] = [{ kind: 'wall' }];
  for (const moment of catalog.moments) {
    const image = moment.photo?.image;
    jobs.push({ kind: 'moment', slug: moment.slug, ...(image ? { photo: { image, dist } } : {}) });
  }
  const cached = (job: OgJob) => join(OG_CACHE, `${ogKey(job)}.jpg`);
  const missing = new Map<OgJob, string>();
  for (const job of jobs) {
    const file = cached(job);
    if (existsSync(file)) linkOrCopy(file, join(dist, ogFile(job)));
    else missing.set(job, file);
  }
  await paintInWorkers(workerScript, [...missing.keys()], paintJob, (job, bytes) => {
    const file = missing.get(job)!;
    // Written whole, then renamed: a build stopped midway leaves no half image in the cache.
    writeFileSync(`${file}.${process.pid}.tmp`, bytes);
    renameSync(`${file}.${process.pid}.tmp`, file);
    writeFileSync(join(dist, ogFile(job)), bytes);
  });
  return { images: jobs.length, painted: [...missing.keys()].map(ogFile) };
}

/**
 * A cached image into dist/: a hard link where the cache and dist/ share a file system (5,000
 * images: 2.4 s of copying saved), a copy where they do not. Nothing writes to a file once it is
 * in the cache (a new painting is a new file, renamed over it).
 */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** 180×180, square and opaque: iOS rounds the corners itself and fills transparency with black. */
export function renderTouchIcon(faviconSvg: string): Buffer {
  const square = faviconSvg.replace(/\srx="[^"]*"/, '');
  return new Resvg(square, { fitTo: { mode: 'width', value: 180 } }).render().asPng();
}

export function readFavicon(): string {
  return readFileSync('public/favicon.svg', 'utf8');
}
