/**
 * Generated artwork: abstract, typographic, and the same for a moment every time. It stages the
 * moment: one spotlight per person pictured, a gold star when an award is named (a row of small
 * stars for honours without a category), the moment's big numeral bottom left and the initials of
 * who is in it top right, where nothing else is ever drawn. Colours and sparks come from the
 * moment's number and slug, so an editor's new moment gets its own look for free.
 */
import { randomStream } from './random';

/**
 * Awards-night palettes: a light, a glow and a deep tone each. Eight, in an order that keeps
 * neighbours apart, so no column of a 2- or 3-column wall repeats a colour for rows on end.
 */
const palettes = [
  ['gold', '#ffd36e', '#ff8a3d', '#2a0f3d'],
  ['magenta', '#ff6bd5', '#a23cff', '#1a0b3a'],
  ['electric', '#7cf3ff', '#3d7bff', '#0b1640'],
  ['emerald', '#b9ff8a', '#1fbf8f', '#0a2a2a'],
  ['sunset', '#ffc6a8', '#ff6a3d', '#2d0f1a'],
  ['violet', '#d9c2ff', '#7b4dff', '#150b33'],
  ['silver', '#f1f5ff', '#8fa3c7', '#10131f'],
  ['crimson', '#ff7a7a', '#e0245e', '#2b0a1e'],
] as const;

type Point = readonly [number, number];

/**
 * Where the people stand. Five stagings, taken in turn by moment number, so moments up to four
 * apart on the wall never share one. Each is a line across the stage (bent for the arc), or a
 * huddle; one person stands at `single`.
 */
const stagings: readonly { name: string; from: Point; to: Point; bend: number; single: Point; huddle?: boolean }[] = [
  { name: 'row', from: [140, 140], to: [340, 140], bend: 0, single: [250, 150] },
  { name: 'rise', from: [205, 245], to: [345, 125], bend: 0, single: [305, 215] },
  { name: 'fall', from: [120, 105], to: [345, 235], bend: 0, single: [190, 130] },
  { name: 'arc', from: [150, 125], to: [350, 125], bend: 90, single: [255, 235] },
  { name: 'huddle', from: [275, 180], to: [275, 180], bend: 0, single: [330, 150], huddle: true },
];

export type Honour = 'award' | 'trophies' | 'none';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A spotlight's pool of light on the floor. */
export interface Pool {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** A circle: a spark, or a star's centre and radius. */
export interface Dot {
  x: number;
  y: number;
  r: number;
}

/** A line of type: its text, where its baseline starts, its size, and the width it is set to. */
export interface Type {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
  /** The box the type fills. */
  box: Box;
}

export interface ArtworkPlan {
  palette: string;
  light: string;
  glow: string;
  deep: string;
  /** Centre of the glow behind the stage, in a 400×300 box. */
  focus: { x: number; y: number };
  staging: string;
  honour: Honour;
  /** A light cone per person, from the rig above the frame down to their pool: four points each. */
  cones: Point[][];
  pools: Pool[];
  /** One big star for an award; a row of small ones for honours without a category. */
  stars: Dot[];
  sparks: Dot[];
  /** Big numeral: "01" … "19". */
  numeral: Type;
  /** Initials of the people, e.g. "KB·CS·BR". */
  initials: Type;
  /** Around the initials: nothing else is drawn here. */
  initialsClearance: Box;
}

export const ARTWORK_WIDTH = 400;
export const ARTWORK_HEIGHT = 300;
const MAX_PEOPLE = 6;
const CLEARANCE = 8;

const round = (value: number) => Math.round(value * 10) / 10;
const grow = (box: Box, by: number): Box => ({ x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by });
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const dotBox = ({ x, y, r }: Dot): Box => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
const poolBox = ({ cx, cy, rx, ry }: Pool): Box => ({ x: cx - rx, y: cy - ry, width: 2 * rx, height: 2 * ry });

/** "Kelsea Ballerini" → "KB", "Yeonjun of TXT" → "YT", "NSYNC" → "N": the capitals that start words. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[\p{Lu}\p{N}]/u.test(word))
    .map((word) => Array.from(word)[0])
    .join('');
}

/** Type set to an exact width (SVG `textLength`), so its box is known whatever the font. */
function setType(text: string, size: number, em: number, at: { left?: number; right?: number; top?: number; bottom?: number }): Type {
  const width = round(Array.from(text).reduce((sum, char) => sum + (char === '·' ? 0.55 : em) * size, 0));
  const height = round(size * 0.74);
  const x = at.left ?? ARTWORK_WIDTH - at.right! - width;
  const top = at.top ?? ARTWORK_HEIGHT - at.bottom! - height;
  return { text, x, y: round(top + height), size, width, box: { x, y: top, width, height } };
}

function placePeople(count: number, staging: (typeof stagings)[number]): Point[] {
  if (count === 1) return [staging.single];
  if (staging.huddle) {
    return Array.from({ length: count }, (_, index) => {
      const angle = Math.PI * (1 + (2 * index) / count) + (count === 2 ? 0 : Math.PI / 2);
      return [round(staging.from[0] + 58 * Math.cos(angle)), round(staging.from[1] + 42 * Math.sin(angle))] as const;
    });
  }
  return Array.from({ length: count }, (_, index) => {
    const t = index / (count - 1);
    const x = staging.from[0] + (staging.to[0] - staging.from[0]) * t;
    const y = staging.from[1] + (staging.to[1] - staging.from[1]) * t + staging.bend * Math.sin(Math.PI * t);
    return [round(x), round(y)] as const;
  });
}

/** A cone from the rig to a pool; its rig moves left until the cone clears the initials. */
function coneTo(pool: Pool, lean: number, clearance: Box): Point[] {
  for (let rig = pool.cx + lean; ; rig -= 8) {
    const cone: Point[] = [[round(rig - 5), -10], [round(rig + 5), -10], [round(pool.cx + pool.rx), pool.cy], [round(pool.cx - pool.rx), pool.cy]];
    if (!coneCrosses(cone, clearance) || rig < -200) return cone;
  }
}

/** Whether a convex polygon and a box overlap (separating axes: the box's and each edge's normal). */
export function coneCrosses(polygon: readonly Point[], box: Box): boolean {
  const corners: Point[] = [[box.x, box.y], [box.x + box.width, box.y], [box.x + box.width, box.y + box.height], [box.x, box.y + box.height]];
  const axes: Point[] = [[1, 0], [0, 1], ...polygon.map(([x, y], index) => {
    const [nx, ny] = polygon[(index + 1) % polygon.length]!;
    return [y - ny, nx - x] as const;
  })];
  return axes.every(([ax, ay]) => {
    const project = (points: readonly Point[]) => points.map(([x, y]) => x * ax + y * ay);
    const a = project(polygon);
    const b = project(corners);
    return Math.max(...a) > Math.min(...b) && Math.max(...b) > Math.min(...a);
  });
}

export function planArtwork(input: { slug: string; number: number; names: readonly string[]; honour: Honour }): ArtworkPlan {
  const random = randomStream(input.slug);
  const [palette, light, glow, deep] = palettes[(input.number - 1) % palettes.length]!;
  const staging = stagings[input.number % stagings.length]!;

  const shown = input.names.slice(0, 4).map(initialsOf);
  const initials = setType([...shown, ...(input.names.length > 4 ? [`+${input.names.length - 4}`] : [])].join('·'), 13, 0.82, { right: 18, top: 18 });
  const numeral = setType(String(input.number).padStart(2, '0'), 96, 0.62, { left: 16, bottom: 18 });
  const initialsClearance = grow(initials.box, CLEARANCE);

  const count = Math.min(Math.max(input.names.length, 1), MAX_PEOPLE);
  const places = placePeople(count, staging);
  const spacing = count === 1 ? 150 : Math.hypot(places[1]![0] - places[0]![0], places[1]![1] - places[0]![1]);
  const rx = round(Math.max(20, Math.min(62, spacing * 0.42)));
  // Each pool, glow included, stays inside the frame.
  const inside = (value: number, low: number, high: number) => round(Math.min(Math.max(value, low), high));
  const pools = places.map(([cx, cy]) => ({ cx: inside(cx, rx * 1.3, ARTWORK_WIDTH - rx * 1.3), cy, rx, ry: round(rx * 0.3) }));
  const tilt = (input.number * 37) % 80 - 40;
  // Rigs fan out, wider for a huddle, so its cones cross instead of meeting in one point.
  const fan = staging.huddle ? 70 : 30;
  const cones = pools.map((pool, index) => coneTo(pool, tilt + (index - (count - 1) / 2) * fan, initialsClearance));

  const stars: Dot[] = [];
  if (input.honour === 'award') {
    const pool = pools[0]!;
    const above = { x: pool.cx, y: round(pool.cy - 58), r: 15 };
    stars.push(overlaps(grow(dotBox(above), 10), initialsClearance) ? { ...above, y: round(pool.cy + 42) } : above);
  } else if (input.honour === 'trophies') {
    for (let index = 0; index < 5; index += 1) stars.push({ x: 210 + index * 36, y: 272, r: 7 });
  }

  const keepClear = [initialsClearance, grow(numeral.box, 6), ...pools.map(poolBox), ...stars.map((star) => grow(dotBox(star), 10))];
  const sparks: Dot[] = [];
  const wanted = 9 + Math.floor(random() * 6);
  for (let tries = 0; sparks.length < wanted && tries < 200; tries += 1) {
    const spark = { x: round(random() * ARTWORK_WIDTH), y: round(random() * ARTWORK_HEIGHT), r: round(1 + random() * 2.4) };
    if (!keepClear.some((box) => overlaps(grow(dotBox(spark), 2), box))) sparks.push(spark);
  }

  const mid = (axis: 'cx' | 'cy') => pools.reduce((sum, pool) => sum + pool[axis], 0) / pools.length;
  return {
    palette,
    light,
    glow,
    deep,
    focus: { x: round(mid('cx')), y: round(mid('cy') - 30) },
    staging: staging.name,
    honour: input.honour,
    cones,
    pools,
    stars,
    sparks,
    numeral,
    initials,
    initialsClearance,
  };
}

/** What tells two moments apart at a glance: how many people, their staging, the honour, the colours. */
export function compositionSignature(plan: ArtworkPlan): string {
  return [plan.pools.length, plan.staging, plan.honour, plan.palette].join('|');
}

const counted = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** The artwork in words, for what a preview image shows: "Generated artwork with the number 03, two spotlights and a gold star". */
export function describeArtwork(plan: ArtworkPlan): string {
  const lights = `${counted[plan.pools.length]} spotlight${plan.pools.length === 1 ? '' : 's'}`;
  const honour = { award: ' and a gold star', trophies: ' and a row of small stars', none: '' }[plan.honour];
  return `Generated artwork with the number ${plan.numeral.text}, ${lights}${honour}`;
}
