/**
 * How large the layout shows a photo, in one place: the build encodes the widths listed here and
 * the browser is told the same sizes (`sizes`), so the file it picks is the one the screen needs.
 *
 * The wall (src/routes/wall.tsx, components/wall/moment-list.tsx): one column below 640 px
 * (px-4), two from 640 (px-6, gap-5), the 18 rem filter sidebar from 1024 (px-8, gap-8), three
 * columns from 1280, where the max-w-7xl container stops growing: 286 px a card. The moment's
 * page and dialog (components/moment/): the photo is the grid's 3fr of 5 from 768 px, at most
 * 710 px (the page; the dialog's panel, max-w-6xl, is a little narrower).
 */

/** What the build tells the app about a photo (scripts/build/photos/). */
export interface PhotoImage {
  /** Upright (EXIF orientation applied), in pixels. */
  width: number;
  height: number;
  /** Names the encoded files: /photos/<key>-<width>.<format>. */
  key: string;
  /** Encoded widths per format, ascending; never above `width`. */
  webp: number[];
  jpeg: number[];
  /** The point a crop keeps, 0–1 from the left and the top. */
  focus: [number, number];
}

export type PhotoFormat = 'webp' | 'jpeg';

/** The widest the layout shows a photo: the moment's page at 710 px, on a 3× screen. */
export const LARGEST_WIDTH = 2133;
/** The narrowest: a card on the three-column wall at 1×. */
const SMALLEST_WIDTH = 286;

/**
 * Widths 10 % apart from the narrowest card to the widest view: whatever the screen, the file
 * picked is at most 10 % wider (about 20 % more bytes) than the one drawn at exactly its size.
 */
const ladder = (from: number, step: number): number[] => {
  const widths: number[] = [];
  for (let width = from; width < LARGEST_WIDTH; width *= step) widths.push(Math.round(width));
  return [...widths, LARGEST_WIDTH];
};
export const WEBP_WIDTHS = ladder(SMALLEST_WIDTH, 1.1);
/** The fallback for the few browsers without WebP: a sparser ladder is enough for them. */
export const JPEG_WIDTHS = ladder(360, 1.5);

/** The widths of a photo `width` px wide: the ladder's up to it, then the photo's own width. */
export function widthsFor(ladderWidths: readonly number[], width: number): number[] {
  const below = ladderWidths.filter((rung) => rung < width);
  return [...below, width <= LARGEST_WIDTH ? width : ladderWidths.at(-1)!].filter((w, i, all) => all.indexOf(w) === i);
}

/** A width at one breakpoint: `vw`% of the viewport minus `px`, or a fixed `px`. */
interface Slot {
  from?: number;
  vw: number;
  px: number;
}

/** A card's width at each breakpoint, widest first (sizes takes the first that matches). */
const CARD: Slot[] = [
  { from: 1280, vw: 0, px: 286 },
  { from: 1024, vw: 50, px: -202 },
  { from: 640, vw: 50, px: -34 },
  { vw: 100, px: -32 },
];
/** The photo on the moment's page (the dialog's is at most as wide). */
const DETAIL: Slot[] = [
  { from: 1280, vw: 0, px: 711 },
  { from: 1024, vw: 60, px: -58 },
  { from: 768, vw: 60, px: -48 },
  { from: 640, vw: 100, px: -48 },
  { vw: 100, px: -32 },
];

const round = (value: number) => Math.round(value * 100) / 100;

function sizesOf(slots: Slot[], scale: number): string {
  return slots
    .map(({ from, vw, px }) => {
      const length = vw === 0 ? `${Math.ceil(px * scale)}px` : `calc(${round(vw * scale)}vw - ${round(-px * scale)}px)`;
      return from ? `(min-width: ${from}px) ${length}` : length;
    })
    .join(', ');
}

/** The 4:3 frame a card crops its photo to. */
export const CARD_ASPECT = 4 / 3;

/**
 * The `sizes` of a photo. A card crops it to 4:3 and so draws a wider photo larger than the
 * card (its height fills the frame); the moment's views show it whole.
 */
export function photoSizes(view: 'card' | 'detail', image: Pick<PhotoImage, 'width' | 'height'>): string {
  if (view === 'detail') return sizesOf(DETAIL, 1);
  return sizesOf(CARD, Math.max(1, image.width / image.height / CARD_ASPECT));
}

/** Where an encoded file is served: one helper, so the build and the app agree. */
export const photoFile = (key: string, width: number, format: PhotoFormat) => `/photos/${key}-${width}.${format === 'jpeg' ? 'jpg' : 'webp'}`;

export const srcsetOf = (image: PhotoImage, format: PhotoFormat) =>
  image[format].map((width) => `${photoFile(image.key, width, format)} ${width}w`).join(', ');

/** The CSS class that paints a moment's placeholder and keeps its focus (build-time stylesheet). */
export const photoClass = (slug: string) => `photo-${slug}`;
