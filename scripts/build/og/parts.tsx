/** The pieces every preview image is made of: fonts, the JPEG step, artwork, type and pills. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CSSProperties, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp, { type JpegOptions } from 'sharp';
import { ArtworkSvg } from '../../../src/components/artwork/artwork-svg';
import { ARTWORK_WIDTH, type ArtworkPlan, type Type } from '../../../src/domain/artwork';

export const WIDTH = 1200;
export const HEIGHT = 630;
export const night = '#07050d';
export const night800 = '#171127';
export const gold = '#ffd36e';
export const gold300 = '#ffe29a';

let fonts: Font[] | undefined;

/** Inter from @fontsource, read once per process. */
function loadFonts(): Font[] {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    fonts = ([400, 700, 800] as const).map((weight) => ({
      name: 'Inter',
      data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal',
    }));
  }
  return fonts;
}

/**
 * How the JPEG is written (part of every image's cache key, see cache-key.tsx): libjpeg-turbo at
 * quality 88 with 4:4:4 chroma (4:2:0 smears the coloured edges of small type, gold on night) and
 * optimised Huffman tables keeps the 19 cards at 65–101 KB, about 10 ms each. Progressive saved
 * 3 % for twice the time; mozjpeg 10 % for 15× the time.
 */
export const JPEG = { quality: 88, chromaSubsampling: '4:4:4', optimiseCoding: true } as const;
/** A card with a real photo in it: the photo's grain costs bytes, so a lower quality keeps it ≤ 120 KB. */
export const PHOTO_JPEG = { ...JPEG, quality: 80 } as const;

// One libvips thread per encode: the images are already painted one per core, in workers.
sharp.concurrency(1);

/** satori lays the card out as SVG, resvg paints its pixels, sharp (libvips' libjpeg-turbo) writes the JPEG. */
export async function toJpeg(element: ReactNode, jpeg: JpegOptions = JPEG): Promise<Buffer> {
  const svg = await satori(element, { width: WIDTH, height: HEIGHT, fonts: loadFonts() });
  // satori turned every word into paths: no system fonts to scan, and none that could change a
  // cached image's pixels from one machine to another.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .jpeg(jpeg)
    .toBuffer();
}

/**
 * The 1200×630 card every preview image is drawn on. Not `overflow: hidden`: the image is the
 * card's size, so nothing outside it is painted anyway, and satori would clip every element to
 * it, which resvg paints layer by layer (a moment's image: 82 → 51 ms of resvg without it; the
 * same pixels but for antialiasing, at most 15 of 255 in 0.15 % of them). The wall's card, whose
 * mosaic is turned past its edges, clips (wall-card.tsx).
 */
export const canvas = {
  position: 'relative',
  width: WIDTH,
  height: HEIGHT,
  display: 'flex',
  backgroundColor: night,
  color: 'white',
  fontFamily: 'Inter',
} as const;

/** From a line box's top to its baseline, for Inter at line-height 1. */
const BASELINE = 0.86;

/** A line of the plan's type, set by satori in Inter where the plan puts it, `scale` times larger. */
function PlanType({ type, scale, style }: { type: Type; scale: number; style: CSSProperties }) {
  return (
    <div
      style={{
        position: 'absolute',
        display: 'flex',
        top: (type.y - BASELINE * type.size) * scale,
        fontSize: type.size * scale,
        lineHeight: 1,
        whiteSpace: 'nowrap',
        ...style,
      }}
    >
      {type.text}
    </div>
  );
}

/**
 * A moment's artwork in a 4:3 box `width` wide: the SVG's shapes as an <img>, then its numeral
 * and (unless left out) initials set by satori at the plan's own places, so nothing is drawn over
 * the initials here either. It clips its numeral (a mosaic's tile), unless `clip` is false: a box
 * that clips it already (a moment card's rounded panel: 51 → 42 ms of resvg, the same pixels).
 */
export function Artwork({ plan, id, width, initials = true, clip = true }: { plan: ArtworkPlan; id: string; width: number; initials?: boolean; clip?: boolean }) {
  const height = (width * 3) / 4;
  const scale = width / ARTWORK_WIDTH;
  const markup = renderToStaticMarkup(<ArtworkSvg plan={plan} id={id} text={false} />).replace(
    /^<svg\b([^>]*)>/,
    (_, attributes: string) => `<svg${attributes.replace(/\s(?:width|height|class)="[^"]*"/g, '')} width="${width}" height="${height}">`,
  );
  const src = `data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`;
  return (
    <div style={{ position: 'relative', display: 'flex', width, height, ...(clip && { overflow: 'hidden' }) }}>
      <img src={src} width={width} height={height} alt="" style={{ position: 'absolute', top: 0, left: 0 }} />
      <PlanType
        type={plan.numeral}
        scale={scale}
        style={{
          left: plan.numeral.x * scale,
          fontWeight: 800,
          letterSpacing: '-0.04em',
          backgroundImage: `linear-gradient(180deg, ${plan.light}, ${plan.glow})`,
          backgroundClip: 'text',
          color: 'transparent',
        }}
      />
      {initials && (
        <PlanType
          type={plan.initials}
          scale={scale}
          style={{ right: (ARTWORK_WIDTH - plan.initials.x - plan.initials.width) * scale, fontWeight: 700, letterSpacing: '0.08em', color: 'rgba(255, 255, 255, 0.85)' }}
        />
      )}
    </div>
  );
}

export function Wordmark({ size }: { size: number }) {
  return (
    <div style={{ display: 'flex', alignItems: 'baseline', fontSize: size, fontWeight: 800, letterSpacing: '-0.03em' }}>
      Backstage
      <span style={{ color: gold }}>.</span>
    </div>
  );
}

/** The AwardBadge's star, as a gold pill. */
export function Pill({ children }: { children: string }) {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        padding: '8px 18px 8px 14px',
        borderRadius: 999,
        border: `2px solid rgba(255, 211, 110, 0.45)`,
        backgroundColor: 'rgba(255, 211, 110, 0.12)',
        color: gold300,
        fontSize: 22,
        fontWeight: 700,
      }}
    >
      <svg viewBox="0 0 16 16" width={20} height={20}>
        <path d="M8 1.5l1.9 4 4.4.5-3.3 3 .9 4.3L8 11.1l-3.9 2.2.9-4.3-3.3-3 4.4-.5z" fill={gold} />
      </svg>
      {children}
    </div>
  );
}
