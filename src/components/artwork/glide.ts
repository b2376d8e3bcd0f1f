/*
 * The one way a moment's artwork moves between its card on the wall and the dialog, both ways
 * and whichever card it is (docs/decisions/005-artwork-glide.md): a FLIP with the Web Animations
 * API. The artwork is drawn where it ends; it is then animated, by a transform alone, from the
 * box it was last seen in. With prefers-reduced-motion it is simply there.
 */

const GLIDE: KeyframeAnimationOptions = { duration: 420, easing: 'cubic-bezier(0.2, 0, 0, 1)' };

/** The artwork inside `scope`: a moment's card on the wall, or the moment dialog. */
export function artworkIn(scope: ParentNode | null | undefined): HTMLElement | null {
  return scope?.querySelector<HTMLElement>('[data-artwork]') ?? null;
}

/** Moment `slug`'s card on the wall, if it is on the wall. */
export function cardOf(slug: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-slug="${CSS.escape(slug)}"]`);
}

/**
 * Takes `art` (a card's, while the dialog shows its moment) off the screen, so that the artwork
 * is in one place at a time; returns what puts it back.
 */
export function lift(art: HTMLElement | null): (() => void) | undefined {
  art?.classList.add('opacity-0');
  return () => art?.classList.remove('opacity-0');
}

/** Glides `art` from the box `from` into the place it is drawn in now. */
export function glide(art: HTMLElement | null, from: DOMRect | undefined): void {
  if (!art || !from || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const to = art.getBoundingClientRect();
  if (to.width === 0 || to.height === 0 || from.width === 0 || from.height === 0) return;
  const start = `translate(${from.left - to.left}px, ${from.top - to.top}px) scale(${from.width / to.width}, ${from.height / to.height})`;
  art.animate([{ transformOrigin: '0 0', transform: start }, { transformOrigin: '0 0', transform: 'none' }], GLIDE);
}
