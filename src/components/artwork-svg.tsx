import { ARTWORK_HEIGHT, ARTWORK_WIDTH, type ArtworkPlan } from '../domain/artwork';

/** The abstract part of a moment's artwork: spotlight, beams, rings and sparks. No text. */
export function ArtworkSvg({ plan, id }: { plan: ArtworkPlan; id: string }) {
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
    >
      <defs>
        <radialGradient id={`${id}-spot`} cx={focus.x} cy={focus.y} r="260" gradientUnits="userSpaceOnUse">
          <stop offset="0" stopColor={glow} stopOpacity="0.95" />
          <stop offset="0.45" stopColor={deep} stopOpacity="0.9" />
          <stop offset="1" stopColor="#07050d" />
        </radialGradient>
        <linearGradient id={`${id}-beam`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor={light} stopOpacity="0.9" />
          <stop offset="1" stopColor={light} stopOpacity="0" />
        </linearGradient>
      </defs>
      <rect width={ARTWORK_WIDTH} height={ARTWORK_HEIGHT} fill={`url(#${id}-spot)`} />
      {plan.beams.map((beam) => (
        <polygon key={beam.points} points={beam.points} fill={`url(#${id}-beam)`} opacity={beam.opacity} />
      ))}
      {plan.rings.map((radius, index) => (
        <circle
          key={radius}
          cx={focus.x}
          cy={focus.y}
          r={radius}
          fill="none"
          stroke={light}
          strokeOpacity={0.55 - index * 0.12}
          strokeWidth={index === 0 ? 2 : 1}
          strokeDasharray={index % 2 ? '2 6' : undefined}
        />
      ))}
      {plan.sparks.map((spark) => (
        <circle key={`${spark.x}-${spark.y}`} cx={spark.x} cy={spark.y} r={spark.r} fill={light} opacity="0.8" />
      ))}
    </svg>
  );
}
