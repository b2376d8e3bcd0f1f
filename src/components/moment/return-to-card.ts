/** How the artwork of a moment stepped to inside the dialog glides back into its card. */
const GLIDE: KeyframeAnimationOptions = { duration: 420, easing: 'cubic-bezier(0.2, 0, 0, 1)' };

/** The box of the closing dialog's artwork, where a glide back to the card starts. */
export function dialogArtworkBox(): DOMRect | undefined {
  return document.querySelector('dialog [data-artwork]')?.getBoundingClientRect();
}

/**
 * Back on the wall: brings a moment's card into view if it is not, focuses its link, and, given
 * the box its artwork was last shown in, glides the card's artwork from there to its place.
 */
export function returnToCard(slug: string, from?: DOMRect): void {
  const card = document.querySelector<HTMLElement>(`[data-slug="${CSS.escape(slug)}"]`);
  const link = card?.querySelector<HTMLElement>('a[href]');
  if (!card || !link) return;
  link.focus({ preventScroll: true });
  // After the frame in which the browser restores the wall's own scroll position on Back.
  requestAnimationFrame(() => {
    // In view: its link, which holds the focus, is wholly in the window.
    const box = link.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) card.scrollIntoView({ block: 'center' });
    const art = card.querySelector<HTMLElement>('[data-artwork]');
    if (!from || !art || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const to = art.getBoundingClientRect();
    if (to.width === 0 || to.height === 0) return;
    const start = `translate(${from.left - to.left}px, ${from.top - to.top}px) scale(${from.width / to.width}, ${from.height / to.height})`;
    art.animate([{ transformOrigin: '0 0', transform: start }, { transformOrigin: '0 0', transform: 'none' }], GLIDE);
  });
}
