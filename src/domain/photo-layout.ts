/**
 * How large the layout shows a photo, in one place: the build encodes the widths listed here and
 * the browser is told the same sizes (`sizes`), so the file it picks is the one the screen needs.
 *
 * The wall (src/routes/wall.tsx, components/wall/moment-list.tsx): one column below 640 px
 * (px-4), two from 640 (px-6, gap-5), the 18 rem filter sidebar from 1024 (px-8, gap-8), three
 * columns from 1280, where the max-w-7xl container stops growing: 286 px a card. The moment's
 * page (components/moment/): the photo is the grid's 3fr of 5 from 768 px, at most 710 px. The
 * dialog gives a photo the screen (DIALOG below).
 */

/** What the build tells the app about a photo (scripts/build/photos/). */
export interface PhotoImage {
  /** Upright (EXIF orientation applied), in pixels. */
  width: number;
  height: number;
  /** Names the encoded files: /photos/<key>-<width>.<format>. */
  key: string;
  /** Encoded widths of the whole photo per format, ascending; never above `width`. */
  webp: number[];
  jpeg: number[];
  /** Encoded widths of the card's 4:3 crop around the focus (WebP), ascending; never enlarged. */
  card: number[];
  /** The zoom's own WebP widths, above the ladder's top, ascending (zoomWidthsFor); often none. */
  zoom: number[];
  /** The point a crop keeps, 0–1 from the left and the top. */
  focus: [number, number];
}

/**
 * `card` is the 4:3 crop around the focus a card shows, in WebP; the others are the whole photo
 * (`zoom`: WebP, only for the zoom).
 */
export type PhotoFormat = 'webp' | 'jpeg' | 'card' | 'zoom';

/** The widest the layout shows a photo: the moment's page at 710 px, on a 3× screen. */
export const LARGEST_WIDTH = 2133;
/** The narrowest: a card on the three-column wall at 1×. */
const SMALLEST_WIDTH = 286;

/**
 * Widths 10 % apart from the narrowest card to the widest view: whatever the screen, the file
 * picked is at most 10 % wider (about 20 % more bytes) than the one drawn at exactly its size.
 */
const ladder = (from: number, step: number, top = LARGEST_WIDTH): number[] => {
  const widths: number[] = [];
  // A rung within 3 % of the top is not worth its own file.
  for (let width = from; width < top / 1.03; width *= step) widths.push(Math.round(width));
  return [...widths, top];
};
export const WEBP_WIDTHS = ladder(SMALLEST_WIDTH, 1.1);
/** The fallback for the few browsers without WebP: a sparser ladder is enough for them. */
export const JPEG_WIDTHS = ladder(360, 1.5);

/**
 * From 2.5× on, a card is told two thirds of its width, so a 3× phone gets the 2× file (2.5× gets
 * 1.67×, 3.5× 2.33×): many photo sites cap phones at 2×, where the third row of pixels costs
 * twice the bytes for detail a card this size hardly shows. The moment's views (and zoom) are
 * not capped.
 */
export const CARD_DENSITY_CAP = { from: 2.5, scale: 2 / 3 } as const;
/** The widest card: a 639 px phone's (607 px) at the capped 2×. */
const CARD_LARGEST = 1214;
/** The card crops' ladder, 10 % apart from the narrowest card at 1× to the widest at 2×. */
export const CARD_WIDTHS = ladder(SMALLEST_WIDTH, 1.1, CARD_LARGEST);

/**
 * Zoomed in, a photo is drawn wider than any view's ladder goes: 2.5× (a double tap) of the
 * dialog on a 1440 px screen is about 2,600 px, on a 390 px phone at 3× 2,900 px, and 5× twice
 * that. The zoom's own files go on from the ladder's top, 1.6 times apart, up to the original's
 * width (never above ZOOM_LARGEST), and only where the original is at least 1.25 times wider
 * than the file below: a narrower original adds too little detail for its file. They are WebP
 * only (a browser without it zooms its JPEG ladder's top), at a lower quality and effort than the
 * ladder (settings.ts: zoomed pixels hide it, and the build can afford them). The app adds them
 * to the photo's candidates only as a zoom needs them (components/zoom/use-zoom.ts), so a photo
 * at fit never fetches one.
 */
const ZOOM_STEP = 1.6;
const ZOOM_GAP = 1.25;
/** Past this, a 5× zoom of the widest view at 3× is covered; a panorama stops here. */
export const ZOOM_LARGEST = 8192;
export function zoomWidthsFor(width: number): number[] {
  const top = Math.min(width, ZOOM_LARGEST);
  const widths: number[] = [];
  let below = LARGEST_WIDTH;
  for (let rung = LARGEST_WIDTH * ZOOM_STEP; rung * ZOOM_GAP <= top; rung *= ZOOM_STEP) widths.push((below = Math.round(rung)));
  return top >= below * ZOOM_GAP ? [...widths, top] : widths;
}

/** The widths of a photo `width` px wide: the ladder's up to it, then the photo's own width. */
export function widthsFor(ladderWidths: readonly number[], width: number): number[] {
  const top = ladderWidths.at(-1)!;
  const below = ladderWidths.filter((rung) => rung < width);
  return [...below, width <= top ? width : top].filter((w, i, all) => all.indexOf(w) === i);
}

/**
 * The box of `aspect` (width / height) that a crop of a `width`×`height` image keeps: as large
 * as fits, placed so that `focus` (0–1 from the left and the top) is as near its middle as the
 * image allows. The card crops (build) and the link preview's panel use it.
 */
export function cropAround(width: number, height: number, aspect: number, focus: readonly [number, number]) {
  const box = width / height > aspect ? { width: Math.round(height * aspect), height } : { width, height: Math.round(width / aspect) };
  const start = (whole: number, size: number, at: number) => Math.round(Math.min(Math.max(at * whole - size / 2, 0), whole - size));
  return { left: start(width, box.width, focus[0]), top: start(height, box.height, focus[1]), ...box };
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

function sizesOf(slots: Slot[], scale: number, when = ''): string[] {
  return slots.map(({ from, vw, px }) => {
    const length = vw === 0 ? `${Math.ceil(px * scale)}px` : `calc(${round(vw * scale)}vw - ${round(-px * scale)}px)`;
    const condition = [when, from ? `(min-width: ${from}px)` : ''].filter(Boolean).join(' and ');
    return condition ? `${condition} ${length}` : length;
  });
}

/**
 * The dialog over the wall gives a photo the screen (components/moment/moment-panel.tsx): from
 * 1024 px the text is a column of `text` px beside it and the photo fits the rest of the screen
 * (less the dialog's and the panel's padding, the gap, and above it the bar that holds Close);
 * below, the photo is the whole width and never taller than three quarters of the screen.
 */
export const DIALOG = {
  beside: [
    { from: 1280, text: 320 },
    { from: 1024, text: 288 },
  ],
  /** Around the photo across the screen: the dialog's p-3 and the panel's p-4 each side, the gap-6. */
  across: 2 * 12 + 2 * 16 + 24,
  /** Above and below it: the same paddings and the Close bar (min-h-10 and mb-2). */
  down: 2 * 12 + 2 * 16 + 48,
} as const;

function dialogSizes({ width, height }: Pick<PhotoImage, 'width' | 'height'>): string {
  const ratio = `${width} / ${height}`;
  const beside = DIALOG.beside.map(
    ({ from, text }) => `(min-width: ${from}px) min(calc(100vw - ${text + DIALOG.across}px), calc((100vh - ${DIALOG.down}px) * ${ratio}))`,
  );
  return [...beside, `min(100vw, calc(75vh * ${ratio}))`].join(', ');
}

/** The 4:3 frame a card crops its photo to. */
export const CARD_ASPECT = 4 / 3;

/**
 * The `sizes` of a photo. A card's own files are its 4:3 crop (`scale` 1); the whole photo a
 * browser without WebP gets is cropped by CSS, so a wider photo is drawn larger than the card
 * (its height fills the frame). Cards on screens denser than the cap are told a width that
 * makes the browser pick the 2× file (CARD_DENSITY_CAP). The moment's views show it whole: the
 * page in its column, the dialog on as much of the screen as it can (DIALOG).
 */
export function photoSizes(view: 'card' | 'detail' | 'dialog', image: Pick<PhotoImage, 'width' | 'height'>, whole = false): string {
  if (view === 'detail') return sizesOf(DETAIL, 1).join(', ');
  if (view === 'dialog') return dialogSizes(image);
  const scale = whole ? Math.max(1, image.width / image.height / CARD_ASPECT) : 1;
  const { from, scale: cap } = CARD_DENSITY_CAP;
  const capped = sizesOf(CARD, scale * cap, `(min-resolution: ${from}dppx)`);
  return [...capped, ...sizesOf(CARD, scale)].join(', ');
}

/** Where an encoded file is served: one helper, so the build and the app agree. */
export const photoFile = (key: string, width: number, format: PhotoFormat) => `/photos/${key}-${encodedName(width, format)}`;

/** A file's name in the build's cache and after the photo's key when published: `card-640.webp`, `1086.jpg`. */
export const encodedName = (width: number, format: PhotoFormat) =>
  `${format === 'card' || format === 'zoom' ? `${format}-` : ''}${width}.${format === 'jpeg' ? 'jpg' : 'webp'}`;

export const srcsetOf = (image: PhotoImage, format: PhotoFormat) =>
  image[format].map((width) => `${photoFile(image.key, width, format)} ${width}w`).join(', ');

/** The CSS class that paints a moment's placeholder and keeps its focus (build-time stylesheet). */
export const photoClass = (slug: string) => `photo-${slug}`;
