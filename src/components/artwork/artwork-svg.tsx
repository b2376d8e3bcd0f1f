import { ARTWORK_HEIGHT, ARTWORK_WIDTH, type ArtworkPlan, type Dot, type Type } from '../../domain/artwork';

/** The AwardBadge's and the favicon's star, drawn around (16, 15) with a radius of about 10.5. */
const GOLD = '#ffd36e';
const STAR = 'M16 5l3.2 6.6 7.3.8-5.4 5 1.5 7.2L16 21l-6.6 3.6 1.5-7.2-5.4-5 7.3-.8z';

function Star({ star, fill, halo }: { star: Dot; fill: string; halo?: string }) {
  const scale = star.r / 10.5;
  return (
    <g>
      {halo && <circle cx={star.x} cy={star.y} r={star.r * 2.2} fill={halo} />}
      <path d={STAR} fill={fill} transform={`translate(${star.x - 16 * scale} ${star.y - 15 * scale}) scale(${scale})`} />
    </g>
  );
}

/** Type set to the plan's exact width, whatever font the page has. */
function Text({ type, ...props }: { type: Type; fill: string; fillOpacity?: number; fontWeight: number; filter?: string }) {
  return (
    <text x={type.x} y={type.y} fontSize={type.size} textLength={type.width} lengthAdjust="spacingAndGlyphs" {...props}>
      {type.text}
    </text>
  );
}

/**
 * A moment's artwork, drawn from its plan: the glow, a light cone and pool per person, the
 * honour's stars, sparks, and (unless `text` is false, for images that set their own type) the
 * numeral and the initials. Decorative: it is hidden from assistive technology.
 */
export function ArtworkSvg({ plan, id, text = true }: { plan: ArtworkPlan; id: string; text?: boolean }) {
  const { light, glow, deep, focus } = plan;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${ARTWORK_WIDTH} ${ARTWORK_HEIGHT}`}
      preserveAspectRatio="xMidYMid slice"
      width="100%"
      height="100%"
      aria-hidden="true"
      focusable="false"
      className="block"
    >
      <defs>
        <radialGradient id={`${id}-spot`} cx={focus.x} cy={focus.y} r="280" gradientUnits="userSpaceOnUse">
          <stop offset="0" stopColor={glow} stopOpacity="0.7" />
          <stop offset="0.5" stopColor={deep} stopOpacity="0.95" />
          <stop offset="1" stopColor="#07050d" />
        </radialGradient>
        <linearGradient id={`${id}-beam`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor={light} stopOpacity="0.05" />
          <stop offset="1" stopColor={light} stopOpacity="0.5" />
        </linearGradient>
        <radialGradient id={`${id}-pool`}>
          <stop offset="0" stopColor={light} stopOpacity="0.95" />
          <stop offset="0.6" stopColor={glow} stopOpacity="0.45" />
          <stop offset="1" stopColor={glow} stopOpacity="0" />
        </radialGradient>
        <linearGradient id={`${id}-numeral`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor={light} />
          <stop offset="1" stopColor={glow} />
        </linearGradient>
        <radialGradient id={`${id}-halo`}>
          <stop offset="0" stopColor={GOLD} stopOpacity="0.5" />
          <stop offset="1" stopColor={GOLD} stopOpacity="0" />
        </radialGradient>
        <filter id={`${id}-shadow`} x="-20%" y="-20%" width="140%" height="160%">
          <feDropShadow dx="0" dy="4" stdDeviation="8" floodColor="#000" floodOpacity="0.45" />
        </filter>
      </defs>
      <rect width={ARTWORK_WIDTH} height={ARTWORK_HEIGHT} fill={`url(#${id}-spot)`} />
      {plan.cones.map((cone, index) => (
        <polygon key={`cone-${index}`} points={cone.map((point) => point.join(',')).join(' ')} fill={`url(#${id}-beam)`} />
      ))}
      {plan.pools.map((pool, index) => (
        <g key={`pool-${index}`}>
          <ellipse cx={pool.cx} cy={pool.cy} rx={pool.rx * 1.25} ry={pool.ry * 1.4} fill={`url(#${id}-pool)`} />
          <ellipse cx={pool.cx} cy={pool.cy} rx={pool.rx} ry={pool.ry} fill="none" stroke={light} strokeOpacity="0.7" strokeWidth="1.5" />
        </g>
      ))}
      {plan.stars.map((star, index) => (
        <Star key={`star-${index}`} star={star} fill={plan.honour === 'award' ? GOLD : light} halo={plan.honour === 'award' ? `url(#${id}-halo)` : undefined} />
      ))}
      {plan.sparks.map((spark, index) => (
        <circle key={`spark-${index}`} cx={spark.x} cy={spark.y} r={spark.r} fill={light} opacity="0.75" />
      ))}
      {text && (
        <>
          <Text type={plan.numeral} fill={`url(#${id}-numeral)`} fontWeight={900} filter={`url(#${id}-shadow)`} />
          <Text type={plan.initials} fill="#fff" fillOpacity={0.85} fontWeight={700} />
        </>
      )}
    </svg>
  );
}
