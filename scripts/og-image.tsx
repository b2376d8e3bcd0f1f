/**
 * Link-preview (Open Graph) images, 1200×630 PNG, drawn at build time: satori lays the card out
 * as SVG, resvg paints it. Each moment's card shows its generated artwork beside its words; the
 * wall's card is a mosaic of artworks under the wordmark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CSSProperties, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { ArtworkSvg } from '../src/components/artwork-svg';
import { catalog, creditLine, getAwards, getPeople, momentTitle } from '../src/content/catalog';
import type { Moment } from '../src/content/types';
import { planArtwork, type ArtworkPlan } from '../src/domain/artwork';

const WIDTH = 1200;
const HEIGHT = 630;

const night = '#07050d';
const night800 = '#171127';
const gold = '#ffd36e';
const gold300 = '#ffe29a';

/** The event, as the cards name it. */
const EVENT_SHORT = '2023 MTV VMAs';
const EVENT_LONG = '2023 MTV Video Music Awards';

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

async function toPng(element: ReactNode): Promise<Buffer> {
  const svg = await satori(element, { width: WIDTH, height: HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}

function planFor(moment: Moment): ArtworkPlan {
  return planArtwork({ slug: moment.slug, number: moment.number, names: getPeople(moment).map((p) => p.name) });
}

/**
 * The moment's abstract artwork as an <img>, drawn at exactly `width`×`height`: the SVG's own
 * `preserveAspectRatio="… slice"` crops it to the box, like the site's `object-cover`.
 */
function ArtworkImage({ plan, id, width, height }: { plan: ArtworkPlan; id: string; width: number; height: number }) {
  const markup = renderToStaticMarkup(<ArtworkSvg plan={plan} id={id} />).replace(
    /^<svg\b([^>]*)>/,
    (_, attributes: string) =>
      `<svg${attributes.replace(/\s(?:width|height)="[^"]*"/g, '')} width="${width}" height="${height}">`,
  );
  const src = `data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`;
  return <img src={src} width={width} height={height} alt="" style={{ position: 'absolute', top: 0, left: 0 }} />;
}

/** The site's gradient-filled numeral. */
function Numeral({ plan, size, style }: { plan: ArtworkPlan; size: number; style?: CSSProperties }) {
  return (
    <div
      style={{
        position: 'absolute',
        display: 'flex',
        fontSize: size,
        fontWeight: 800,
        lineHeight: 1,
        letterSpacing: '-0.05em',
        backgroundImage: `linear-gradient(180deg, ${plan.light}, ${plan.glow})`,
        backgroundClip: 'text',
        color: 'transparent',
        ...style,
      }}
    >
      {plan.numeral}
    </div>
  );
}

function Wordmark({ size }: { size: number }) {
  return (
    <div style={{ display: 'flex', alignItems: 'baseline', fontSize: size, fontWeight: 800, letterSpacing: '-0.03em' }}>
      Backstage
      <span style={{ color: gold }}>.</span>
    </div>
  );
}

/** The AwardBadge's star, as a gold pill. */
function Pill({ children }: { children: string }) {
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

/** Curly quotes, apostrophes and ellipses: a typographic change only, the words stay the article's. */
function typeset(text: string): string {
  return text
    .replace(/\.\.\./g, '\u2026')
    .replace(/(^|[\s([{—–-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{—–-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** Cut at a word boundary with an ellipsis, so an editor's long text never runs off the card. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}\u2026`;
}

/** The article's captions end in a colon that points at the photo; a card ends with a full stop. */
function cardCaption(caption: string): string {
  return truncate(typeset(caption.trim().replace(/:$/, '.')), 190);
}

/** "Selena Gomez and Rema"; a crowd is named by its first three and counted. */
function cardTitle(moment: Moment): string {
  const names = getPeople(moment).map((person) => person.name);
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return truncate(momentTitle(moment), 72);
}

/** Award categories, then honours without one (moment 19's "Moon People"): two pills at most. */
function cardHonours(moment: Moment): string[] {
  const honours = [...getAwards(moment).map((award) => award.name), ...(moment.trophyNote ? [moment.trophyNote] : [])];
  return honours.length > 2 ? [...honours.slice(0, 1), `+${honours.length - 1} more`] : honours;
}

function titleSize(title: string): number {
  if (title.length <= 12) return 84;
  if (title.length <= 24) return 64;
  if (title.length <= 36) return 56;
  if (title.length <= 48) return 48;
  return 44;
}

function captionSize(caption: string): number {
  if (caption.length <= 70) return 34;
  if (caption.length <= 130) return 30;
  return 26;
}

const ART_WIDTH = 520;

/** The 1200×630 card every preview image is drawn on. */
const canvas = {
  position: 'relative',
  width: WIDTH,
  height: HEIGHT,
  display: 'flex',
  backgroundColor: night,
  color: 'white',
  fontFamily: 'Inter',
  overflow: 'hidden',
} as const;

export async function renderMomentImage(moment: Moment): Promise<Buffer> {
  const plan = planFor(moment);
  const title = cardTitle(moment);
  const caption = cardCaption(moment.caption);
  const honours = cardHonours(moment);

  return toPng(
    <div style={canvas}>
      <div style={{ position: 'relative', display: 'flex', width: ART_WIDTH, height: HEIGHT, overflow: 'hidden' }}>
        <ArtworkImage plan={plan} id={`og-${moment.slug}`} width={ART_WIDTH} height={HEIGHT} />
        <div
          style={{
            position: 'absolute',
            top: 0,
            right: 0,
            width: 180,
            height: HEIGHT,
            backgroundImage: `linear-gradient(90deg, rgba(7, 5, 13, 0), ${night})`,
          }}
        />
        {/* A soft shade keeps the wordmark and the initials readable on bright artwork. */}
        <div
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: ART_WIDTH,
            height: 150,
            backgroundImage: 'linear-gradient(180deg, rgba(7, 5, 13, 0.6), rgba(7, 5, 13, 0))',
          }}
        />
        <div style={{ position: 'absolute', top: 36, left: 44, display: 'flex' }}>
          <Wordmark size={32} />
        </div>
        <div
          style={{
            position: 'absolute',
            top: 46,
            right: 64,
            display: 'block',
            maxWidth: 180,
            overflow: 'hidden',
            whiteSpace: 'nowrap',
            textOverflow: 'ellipsis',
            fontSize: 20,
            fontWeight: 700,
            letterSpacing: '0.3em',
            color: 'rgba(255, 255, 255, 0.75)',
          }}
        >
          {plan.initials}
        </div>
        <Numeral plan={plan} size={260} style={{ left: 36, bottom: 16 }} />
      </div>

      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, padding: '48px 64px 44px 40px' }}>
        {/* Eyebrow, title, caption and honours, centred in the space above the credit. */}
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            flex: 1,
            minHeight: 0,
            overflow: 'hidden',
          }}
        >
          <div
            style={{
              display: 'flex',
              fontSize: 20,
              fontWeight: 700,
              letterSpacing: '0.22em',
              textTransform: 'uppercase',
              color: gold,
            }}
          >
            {`${EVENT_SHORT} · Moment ${moment.number}`}
          </div>
          <div
            style={{
              display: 'block',
              marginTop: 20,
              fontSize: titleSize(title),
              fontWeight: 800,
              lineHeight: 1.05,
              letterSpacing: '-0.025em',
              lineClamp: 3,
              // Balanced lines avoid a lone last name; long titles fill their lines instead.
              textWrap: title.length <= 36 ? 'balance' : 'wrap',
            }}
          >
            {title}
          </div>
          <div
            style={{
              display: 'block',
              marginTop: 24,
              fontSize: captionSize(caption),
              lineHeight: 1.4,
              color: 'rgba(255, 255, 255, 0.78)',
              lineClamp: 5,
              textWrap: caption.length <= 90 ? 'balance' : 'pretty',
            }}
          >
            {caption}
          </div>
          {honours.length > 0 && (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 24 }}>
              {honours.map((name) => (
                <Pill key={name}>{name}</Pill>
              ))}
            </div>
          )}
        </div>
        <div
          style={{
            display: 'block',
            paddingTop: 24,
            fontSize: 18,
            lineHeight: 1.3,
            color: 'rgba(255, 255, 255, 0.55)',
            lineClamp: 2,
          }}
        >
          {creditLine(moment)}
        </div>
      </div>
    </div>,
  );
}

const TILE_WIDTH = 240;
const TILE_HEIGHT = 180;
const TILE_GAP = 14;
const MOSAIC_COLUMNS = 3;
const MOSAIC_ROWS = 4;
const MOSAIC_WIDTH = MOSAIC_COLUMNS * TILE_WIDTH + (MOSAIC_COLUMNS - 1) * TILE_GAP;
const MOSAIC_HEIGHT = MOSAIC_ROWS * TILE_HEIGHT + (MOSAIC_ROWS - 1) * TILE_GAP;
/** The mosaic sits right of the words, its last column bleeding off the edge. */
const MOSAIC_CENTER_X = 950;

export async function renderWallImage(): Promise<Buffer> {
  const moments = catalog.moments;
  const tiles = Array.from({ length: MOSAIC_COLUMNS * MOSAIC_ROWS }, (_, index) => moments[index % moments.length]!);

  return toPng(
    <div style={canvas}>
      <div
        style={{
          position: 'absolute',
          top: HEIGHT / 2 - MOSAIC_HEIGHT / 2,
          left: MOSAIC_CENTER_X - MOSAIC_WIDTH / 2,
          display: 'grid',
          gridTemplateColumns: `repeat(${MOSAIC_COLUMNS}, ${TILE_WIDTH}px)`,
          gridAutoRows: TILE_HEIGHT,
          gap: TILE_GAP,
          width: MOSAIC_WIDTH,
          height: MOSAIC_HEIGHT,
          transform: 'rotate(-7deg)',
        }}
      >
        {tiles.map((moment, index) => {
          const plan = planFor(moment);
          return (
            <div
              key={index}
              style={{
                position: 'relative',
                display: 'flex',
                width: TILE_WIDTH,
                height: TILE_HEIGHT,
                overflow: 'hidden',
                borderRadius: 18,
                backgroundColor: night800,
                border: '1px solid rgba(255, 255, 255, 0.12)',
              }}
            >
              <ArtworkImage plan={plan} id={`og-wall-${index}`} width={TILE_WIDTH} height={TILE_HEIGHT} />
              <Numeral plan={plan} size={76} style={{ left: 14, bottom: 6 }} />
            </div>
          );
        })}
      </div>
      <div
        style={{
          position: 'absolute',
          top: 0,
          left: 0,
          width: WIDTH,
          height: HEIGHT,
          backgroundImage: `linear-gradient(90deg, ${night} 0%, ${night} 52%, rgba(7, 5, 13, 0.8) 58%, rgba(7, 5, 13, 0) 74%)`,
        }}
      />
      <div
        style={{
          position: 'relative',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          width: 600,
          height: HEIGHT,
          padding: '0 0 0 72px',
        }}
      >
        <div
          style={{
            display: 'flex',
            fontSize: 22,
            fontWeight: 700,
            letterSpacing: '0.25em',
            textTransform: 'uppercase',
            color: gold,
          }}
        >
          {EVENT_LONG}
        </div>
        <div style={{ display: 'flex', marginTop: 16 }}>
          <Wordmark size={104} />
        </div>
        <div
          style={{
            display: 'block',
            marginTop: 20,
            fontSize: 32,
            lineHeight: 1.35,
            color: 'rgba(255, 255, 255, 0.8)',
            textWrap: 'balance',
          }}
        >
          {`${catalog.moments.length} moments behind the scenes of the ${EVENT_SHORT}`}
        </div>
      </div>
    </div>,
  );
}
