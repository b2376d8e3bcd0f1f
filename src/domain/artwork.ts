/**
 * Generated artwork: abstract, typographic, and the same for a moment every time. Everything is
 * derived from a seed string (the slug) so an editor's new moment gets its own look for free.
 */

/**
 * Awards-night palettes: a light, a glow and a deep tone each. Eight, in an order that keeps
 * neighbours apart, so no column of a 2- or 3-column wall repeats a colour for rows on end.
 * The fourth entry paints the numeral's light-to-glow gradient as Tailwind classes, written out
 * in full so Tailwind finds them: the strict CSP allows no style="" attribute.
 */
const palettes = [
  ['#ffd36e', '#ff8a3d', '#2a0f3d', 'from-[#ffd36e] to-[#ff8a3d]'], // gold
  ['#ff6bd5', '#a23cff', '#1a0b3a', 'from-[#ff6bd5] to-[#a23cff]'], // magenta
  ['#7cf3ff', '#3d7bff', '#0b1640', 'from-[#7cf3ff] to-[#3d7bff]'], // electric
  ['#b9ff8a', '#1fbf8f', '#0a2a2a', 'from-[#b9ff8a] to-[#1fbf8f]'], // emerald
  ['#ffc6a8', '#ff6a3d', '#2d0f1a', 'from-[#ffc6a8] to-[#ff6a3d]'], // sunset
  ['#d9c2ff', '#7b4dff', '#150b33', 'from-[#d9c2ff] to-[#7b4dff]'], // violet
  ['#f1f5ff', '#8fa3c7', '#10131f', 'from-[#f1f5ff] to-[#8fa3c7]'], // silver
  ['#ff7a7a', '#e0245e', '#2b0a1e', 'from-[#ff7a7a] to-[#e0245e]'], // crimson
] as const;

export interface Beam {
  points: string;
  opacity: number;
}

export interface Spark {
  x: number;
  y: number;
  r: number;
}

export interface ArtworkPlan {
  light: string;
  glow: string;
  deep: string;
  /** Tailwind gradient stops for the numeral, light to glow: `from-[…] to-[…]`. */
  numeralGradient: string;
  /** Centre of the spotlight, in a 400×300 box. */
  focus: { x: number; y: number };
  beams: Beam[];
  rings: number[];
  sparks: Spark[];
  /** Big numeral: "01" … "19". */
  numeral: string;
  /** Initials of the people, e.g. "S·R". */
  initials: string;
}

export const ARTWORK_WIDTH = 400;
export const ARTWORK_HEIGHT = 300;

/** FNV-1a, then a small xorshift stream: stable across engines and builds. */
function randomStream(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) {
    state ^= char.codePointAt(0)!;
    state = Math.imul(state, 16777619);
  }
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

export function planArtwork(input: { slug: string; number: number; names: readonly string[] }): ArtworkPlan {
  const random = randomStream(input.slug);
  const [light, glow, deep, numeralGradient] = palettes[(input.number - 1) % palettes.length]!;
  const focus = { x: round(90 + random() * 220), y: round(60 + random() * 120) };

  const beamCount = 2 + Math.floor(random() * 3);
  const beams = Array.from({ length: beamCount }, () => {
    const top = round(random() * ARTWORK_WIDTH);
    const spread = 40 + random() * 90;
    const lean = (random() - 0.5) * 260;
    return {
      points: `${top},-10 ${round(top + lean - spread)},310 ${round(top + lean + spread)},310`,
      opacity: round(0.12 + random() * 0.18),
    };
  });

  const rings = input.names.map((_, index) => round(38 + index * 26 + random() * 10));
  const sparks = Array.from({ length: 7 + Math.floor(random() * 6) }, () => ({
    x: round(random() * ARTWORK_WIDTH),
    y: round(random() * ARTWORK_HEIGHT),
    r: round(1 + random() * 2.6),
  }));

  return {
    light,
    glow,
    deep,
    numeralGradient,
    focus,
    beams,
    rings,
    sparks,
    numeral: String(input.number).padStart(2, '0'),
    initials: input.names.map((name) => name.charAt(0)).join('·'),
  };
}
