/**
 * A moment's link-preview image: its real photo or its generated artwork in a 4:3 panel, beside the very words of
 * its description (who, where, then the caption as a sentence), its honours and the original
 * photo's credit.
 */
import { creditLine, getAwards, momentText, planFor } from '../../../src/content/catalog';
import type { MomentEntry as Moment } from '../../../src/content/types';
import { Artwork, canvas, gold, HEIGHT, Pill, WIDTH, Wordmark } from './parts';

const PANEL = 560;
const PANEL_TOP = (HEIGHT - (PANEL * 3) / 4) / 2;
const TEXT_LEFT = 48 + PANEL + 48;

/** Award categories, then honours without one (moment 19's "Moon People"): two pills at most. */
function cardHonours(moment: Moment): string[] {
  const honours = [...getAwards(moment).map((award) => award.name), ...(moment.trophyNote ? [moment.trophyNote] : [])];
  return honours.length > 2 ? [...honours.slice(0, 1), `+${honours.length - 1} more`] : honours;
}

function titleSize(title: string): number {
  if (title.length <= 12) return 76;
  if (title.length <= 24) return 58;
  if (title.length <= 36) return 50;
  return 42;
}

/**
 * The card as satori draws it; its words are the description's (see head.ts). `photo`: the
 * moment's real photo, cropped for the panel (photo-panel.ts), drawn instead of the artwork.
 */
export function MomentCard({ moment, photo }: { moment: Moment; photo?: string }) {
  const { who, place, body } = momentText(moment);
  const honours = cardHonours(moment);
  return (
    <div style={canvas}>
      <div
        style={{
          position: 'absolute',
          top: PANEL_TOP,
          left: 48,
          display: 'flex',
          borderRadius: 28,
          overflow: 'hidden',
          border: '1px solid rgba(255, 255, 255, 0.12)',
        }}
      >
        {photo ? (
          <img src={photo} width={PANEL} height={(PANEL * 3) / 4} alt="" />
        ) : (
          <Artwork plan={planFor(moment)} id={`og-${moment.slug}`} width={PANEL} clip={false} />
        )}
      </div>
      <div
        style={{
          position: 'absolute',
          top: 44,
          left: TEXT_LEFT,
          width: WIDTH - TEXT_LEFT - 56,
          height: HEIGHT - 44 - 40,
          display: 'flex',
          flexDirection: 'column',
        }}
      >
        <Wordmark size={28} />
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flex: 1, minHeight: 0, overflow: 'hidden' }}>
          <div style={{ display: 'block', fontSize: titleSize(who), fontWeight: 800, lineHeight: 1.05, letterSpacing: '-0.025em', lineClamp: 3 }}>
            {who}
          </div>
          <div style={{ display: 'flex', marginTop: 14, fontSize: 19, fontWeight: 700, letterSpacing: '0.16em', textTransform: 'uppercase', color: gold }}>
            {place}
          </div>
          {body && (
            <div
              style={{
                display: 'block',
                marginTop: 20,
                fontSize: body.length <= 70 ? 30 : 26,
                lineHeight: 1.35,
                color: 'rgba(255, 255, 255, 0.8)',
                lineClamp: 5,
                textWrap: 'pretty',
              }}
            >
              {body}
            </div>
          )}
          {honours.length > 0 && (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 22 }}>
              {honours.map((name) => (
                <Pill key={name}>{name}</Pill>
              ))}
            </div>
          )}
        </div>
        <div style={{ display: 'block', fontSize: 17, lineHeight: 1.3, color: 'rgba(255, 255, 255, 0.55)', lineClamp: 2 }}>
          {creditLine(moment)}
        </div>
      </div>
    </div>
  );
}
