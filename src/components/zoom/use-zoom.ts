import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { photoFile, srcsetOf, type PhotoImage } from '../../domain/photo-layout';
import { clamp, FIT, isZoomed, nudge, stepZoom, toggleAt, widthFor, type Box, type Point, type Zoom } from '../../domain/zoom';
import { isTyping } from '../ui/is-typing';

/** What the gesture layer (zoom-gestures.ts, loaded later) is handed: the zoom as it stands now. */
export interface ZoomHandle {
  get(): Zoom;
  /** A gesture moved it: shown at once, no glide. */
  set(zoom: Zoom): void;
  box(): Box;
  point(clientX: number, clientY: number): Point;
}

type Change = (zoom: Zoom, box: Box) => Zoom;

/** Two taps this close in time (ms) and place (px) are a double tap. */
const DOUBLE_TAP = { within: 350, near: 40 };
/** A finger that moved further than this was not tapping. */
const TAP_SLOP = 10;

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
const isArrow = (key: string): key is (typeof ARROWS)[number] => (ARROWS as readonly string[]).includes(key);

/**
 * The zoom of one photo shown whole (the dialog's, the moment page's). Here, in the app's own
 * chunk, so nothing a person does is lost while the gesture library loads: the state (a pure
 * model, domain/zoom.ts), the keys (+ − 0, arrows and Escape while zoomed), double tap and
 * double click, the buttons, and the next file of the ladder as the zoom needs it. The pinch,
 * the drag and the wheel come with zoom-gestures.ts, loaded once the photo is on screen.
 */
export function useZoom(image: PhotoImage) {
  const surface = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<Zoom>(FIT);
  const [glide, setGlide] = useState(false);
  // Read by key presses and gestures that come faster than renders.
  const latest = useRef(zoom);

  const box = (): Box => {
    const rect = surface.current?.getBoundingClientRect();
    return { width: rect?.width ?? 1, height: rect?.height ?? 1 };
  };
  const point = (clientX: number, clientY: number): Point => {
    const rect = surface.current!.getBoundingClientRect();
    return { x: clientX - rect.left - rect.width / 2, y: clientY - rect.top - rect.height / 2 };
  };
  const set = (next: Zoom, animate: boolean) => {
    latest.current = next;
    setZoom(next);
    setGlide(animate);
  };
  const change = (how: Change) => set(how(latest.current, box()), true);

  // The photo moves as one layer, drawn by the compositor; the style is set from script, as the
  // CSP allows (no style attribute in the page).
  useLayoutEffect(() => {
    const img = surface.current?.querySelector('img');
    if (!img) return;
    img.classList.toggle('zoom-glide', glide);
    img.style.transform = isZoomed(zoom) ? `translate(${zoom.x}px, ${zoom.y}px) scale(${zoom.scale})` : '';
  }, [zoom, glide]);

  useKeys(latest, change);
  useOwnTouches(surface, latest);
  useRefit(surface, latest, (next) => set(next, false));
  useLargerFile(surface, image, zoom, box);
  useGestures(surface, { get: () => latest.current, set: (next) => set(next, false), box, point });

  // Double tap on touch (the browser's own is off: touch-action), double click with a mouse.
  const taps = useRef<{ down?: Point & { pointers: number }; last?: { at: number } & Point; pointers: number; mouse: boolean }>({ pointers: 0, mouse: true });
  const surfaceProps = {
    onPointerDown(event: PointerEvent) {
      const state = taps.current;
      state.mouse = event.pointerType === 'mouse';
      if (state.mouse) return;
      state.pointers = event.isPrimary ? 1 : state.pointers + 1;
      state.down = { x: event.clientX, y: event.clientY, pointers: state.pointers };
    },
    onPointerUp(event: PointerEvent) {
      const state = taps.current;
      if (event.pointerType === 'mouse') return;
      state.pointers = Math.max(0, state.pointers - 1);
      const { down, last } = state;
      const tapped = down && down.pointers === 1 && Math.hypot(event.clientX - down.x, event.clientY - down.y) <= TAP_SLOP;
      state.down = undefined;
      if (!tapped) {
        state.last = undefined;
        return;
      }
      const near = last && event.timeStamp - last.at <= DOUBLE_TAP.within && Math.hypot(event.clientX - last.x, event.clientY - last.y) <= DOUBLE_TAP.near;
      if (near) {
        state.last = undefined;
        change((zoom, frame) => toggleAt(zoom, point(event.clientX, event.clientY), frame));
      } else {
        state.last = { at: event.timeStamp, x: event.clientX, y: event.clientY };
      }
    },
    onPointerCancel() {
      const state = taps.current;
      state.pointers = Math.max(0, state.pointers - 1);
      state.down = state.last = undefined;
    },
    onDoubleClick(event: MouseEvent) {
      if (taps.current.mouse) change((zoom, frame) => toggleAt(zoom, point(event.clientX, event.clientY), frame));
    },
  };

  return {
    zoom,
    surface,
    surfaceProps,
    zoomIn: () => change((now, frame) => stepZoom(now, 1, frame)),
    zoomOut: () => change((now, frame) => stepZoom(now, -1, frame)),
    fit: () => change(() => FIT),
  };
}

/**
 * + (or =) and − zoom about the middle, 0 fits; while zoomed the arrows pan and Escape fits
 * (before the dialog hears it: Escape first leaves the zoom, then closes). Listened for on the
 * window before anything else (capture), so the arrows do not also step moments.
 */
function useKeys(latest: { current: Zoom }, change: (how: Change) => void) {
  const apply = useRef(change);
  useEffect(() => {
    apply.current = change;
  });
  // Before the controls are painted, not after (a passive effect can run a task later): a + pressed
  // the moment they show is taken.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const zoomed = isZoomed(latest.current);
      const { key } = event;
      let how: Change | undefined;
      if (key === '+' || key === '=') how = (zoom, box) => stepZoom(zoom, 1, box);
      else if (key === '-' || key === '_') how = (zoom, box) => stepZoom(zoom, -1, box);
      else if (zoomed && (key === '0' || key === 'Escape')) how = () => FIT;
      else if (zoomed && isArrow(key)) how = (zoom, box) => nudge(zoom, key, box);
      if (!how) return;
      event.preventDefault();
      // Escape must not reach the dialog, which would close.
      if (key === 'Escape') event.stopPropagation();
      apply.current(how);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [latest]);
}

/**
 * Two fingers on the photo, or any on a zoomed one, are the zoom's alone: their moves are
 * cancelled, so the browser starts no scroll and no fling of its own. (After a quick drag,
 * Chromium takes the next tap anywhere for the end of a fling and sends no click: the first tap
 * on Fit did nothing.) touch-action (zoom.css) alone does not stop that.
 */
function useOwnTouches(surface: { current: HTMLElement | null }, latest: { current: Zoom }) {
  useEffect(() => {
    const element = surface.current;
    if (!element) return;
    const onTouchMove = (event: TouchEvent) => {
      if (event.cancelable && (event.touches.length > 1 || isZoomed(latest.current))) event.preventDefault();
    };
    element.addEventListener('touchmove', onTouchMove, { passive: false });
    return () => element.removeEventListener('touchmove', onTouchMove);
  }, [surface, latest]);
}

/**
 * The frame resized while zoomed (the window resized, a phone turned): the offsets are in CSS px
 * of the old frame, so they are scaled to the new one, which keeps the same point of the photo in
 * the middle, and clamped, so no edge of the frame shows.
 */
function useRefit(surface: { current: HTMLElement | null }, latest: { current: Zoom }, set: (zoom: Zoom) => void) {
  const apply = useRef(set);
  useEffect(() => {
    apply.current = set;
  });
  useEffect(() => {
    const element = surface.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let was = element.getBoundingClientRect();
    const observer = new ResizeObserver(() => {
      const now = element.getBoundingClientRect();
      const { scale, x, y } = latest.current;
      if (isZoomed(latest.current) && was.width > 0 && was.height > 0 && (now.width !== was.width || now.height !== was.height))
        apply.current(clamp({ scale, x: (x * now.width) / was.width, y: (y * now.height) / was.height }, now));
      was = now;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [surface, latest]);
}

/** The width of the file an <img> shows, from its name (/photos/<key>-<width>.webp). */
const shownWidth = (img: HTMLImageElement) => Number(/-(\d+)\.\w+$/.exec(img.currentSrc)?.[1] ?? 0);

/**
 * Zoomed further than the file shown is wide, the next file of the ladder, then of the zoom's own
 * larger ones (as wide as the original), is fetched and decoded first, then the picture is told
 * it is drawn that large (its `sizes`), so the browser swaps to it from its cache with no empty
 * frame between. A zoom file joins the WebP candidates only then: at fit none is there to pick.
 * A larger file, once there, stays.
 */
function useLargerFile(surface: { current: HTMLElement | null }, image: PhotoImage, zoom: Zoom, box: () => Box) {
  const asked = useRef(0);
  useEffect(() => {
    const img = surface.current?.querySelector('img');
    if (!img || !isZoomed(zoom)) return;
    const density = window.devicePixelRatio || 1;
    const width = widthFor([...image.webp, ...image.zoom], zoom, box(), density);
    if (width <= Math.max(shownWidth(img), asked.current)) return;
    asked.current = width;
    const zoomFiles = image.zoom.filter((rung) => rung <= width);
    const next = new Image();
    next.src = photoFile(image.key, width, zoomFiles.includes(width) ? 'zoom' : 'webp');
    next
      .decode()
      .then(() => {
        if (asked.current !== width || !surface.current) return;
        const source = surface.current.querySelector('source');
        if (source && zoomFiles.length > 0) source.srcset = [srcsetOf(image, 'webp'), ...zoomFiles.map((rung) => `${photoFile(image.key, rung, 'zoom')} ${rung}w`)].join(', ');
        const sizes = `${width / density}px`;
        for (const element of surface.current.querySelectorAll<HTMLSourceElement | HTMLImageElement>('source, img')) element.sizes = sizes;
      })
      // Not fetched (offline, or no WebP): the photo shown stays, as it is.
      .catch(() => {
        if (asked.current === width) asked.current = 0;
      });
  });
}

/** Loads the gesture layer once the photo is there, and hands it the zoom. */
function useGestures(surface: { current: HTMLElement | null }, handle: ZoomHandle) {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const element = surface.current;
    if (!element) return;
    let detach: (() => void) | undefined;
    let gone = false;
    void import('./zoom-gestures').then(({ attachGestures }) => {
      if (gone) return;
      detach = attachGestures(element, {
        get: () => latest.current.get(),
        set: (zoom) => latest.current.set(zoom),
        box: () => latest.current.box(),
        point: (x, y) => latest.current.point(x, y),
      });
      // Says the pinch and the drag are listened for (the e2e tests wait for it, as for hydration).
      element.dataset.gestures = 'ready';
    });
    return () => {
      gone = true;
      detach?.();
      delete element.dataset.gestures;
    };
  }, [surface]);
}
