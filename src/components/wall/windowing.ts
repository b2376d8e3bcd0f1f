/*
 * When the wall is windowed, and what it shows before its virtualiser is there. The prepaint
 * script knows a windowed wall by its list's attribute (src/prepaint/marks.ts WINDOWED).
 */
import { PAGE_SIZE, pageCount, parsePage } from '../../domain/pages';

/**
 * A catalogue of up to this many moments is rendered whole, as it always was (the 19-moment wall
 * is unchanged, and loads no virtualiser). Past it, the wall is windowed: its cards are in the
 * page only near the screen (wall-window.tsx, a lazy chunk).
 */
export const WHOLE_WALL_MAX = 48;

/**
 * The cards a windowed wall renders before its virtualiser has loaded, and so the prerendered
 * page's: the first screenful and more (4 rows of 3 at 1440 px, about 8 screens on a phone),
 * with real links. The wall's first page (src/domain/pages.ts): `/page/2/` lists the next ones.
 */
export const FIRST_WINDOW = PAGE_SIZE;

export const isWindowed = (moments: number) => moments > WHOLE_WALL_MAX;

/** How many pages a wall of `total` moments has: a whole wall is one (it has no /page/N/). */
export const wallPageCount = (total: number): number => (isWindowed(total) ? pageCount(total) : 1);

/** The page of a wall of `total` moments an address's `/page/N/` names, if the wall has it. */
export const wallPage = (param: string | undefined, total: number): number | undefined => (isWindowed(total) ? parsePage(param, total) : undefined);
