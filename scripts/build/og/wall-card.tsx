/** The wall's link-preview image: the wordmark and the count beside a tilted mosaic of artworks. */
import { catalog, event, planFor } from '../../../src/content/catalog';
import { countMoments } from '../../../src/domain/plural';
import { Artwork, canvas, gold, HEIGHT, night, night800, WIDTH, Wordmark } from './parts';

const TILE_WIDTH = 240;
const TILE_HEIGHT = 180;
const TILE_GAP = 14;
const MOSAIC_COLUMNS = 3;
const MOSAIC_ROWS = 4;
const MOSAIC_WIDTH = MOSAIC_COLUMNS * TILE_WIDTH + (MOSAIC_COLUMNS - 1) * TILE_GAP;
const MOSAIC_HEIGHT = MOSAIC_ROWS * TILE_HEIGHT + (MOSAIC_ROWS - 1) * TILE_GAP;
/** The mosaic sits right of the words, its last column bleeding off the edge. */
const MOSAIC_CENTER_X = 950;

/** The wall's card; head.ts says in words what it shows (the wall image's alt text). */
export function WallCard() {
  const moments = catalog.moments;
  const tiles = Array.from({ length: MOSAIC_COLUMNS * MOSAIC_ROWS }, (_, index) => moments[index % moments.length]!);

  return (
    <div style={{ ...canvas, overflow: 'hidden' }}>
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
        {tiles.map((moment, index) => (
          <div
            key={index}
            style={{
              display: 'flex',
              width: TILE_WIDTH,
              height: TILE_HEIGHT,
              overflow: 'hidden',
              borderRadius: 18,
              backgroundColor: night800,
              border: '1px solid rgba(255, 255, 255, 0.12)',
            }}
          >
            <Artwork plan={planFor(moment)} id={`og-wall-${index}`} width={TILE_WIDTH} initials={false} />
          </div>
        ))}
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
        <div style={{ display: 'flex', fontSize: 22, fontWeight: 700, letterSpacing: '0.25em', textTransform: 'uppercase', color: gold }}>
          {event.name}
        </div>
        <div style={{ display: 'flex', marginTop: 16 }}>
          <Wordmark size={104} />
        </div>
        <div style={{ display: 'block', marginTop: 20, fontSize: 32, lineHeight: 1.35, color: 'rgba(255, 255, 255, 0.8)', textWrap: 'balance' }}>
          {`${countMoments(catalog.moments.length)} behind the scenes of the ${event.shortName}`}
        </div>
      </div>
    </div>
  );
}
