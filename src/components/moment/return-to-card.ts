import { artworkIn, cardOf, glide } from '../artwork/glide';
import { revealCard } from '../wall/reveal-card';

/** The box of the moment dialog's artwork: where the glide back to a card starts as it closes. */
export function dialogArtworkBox(): DOMRect | undefined {
  return document.querySelector('dialog [data-artwork]')?.getBoundingClientRect();
}

const linkOf = (card: HTMLElement | null) => card?.querySelector<HTMLElement>('a[href]') ?? null;

/**
 * Back on the wall: brings a moment's card into view if it is not, focuses its link, and, given
 * the box its artwork was last shown in (the closing dialog's), glides the card's artwork from
 * there to its place. On a windowed wall the card may not be in the page (a moment stepped to in
 * the dialog, far from the one opened): the wall scrolls to it and renders it first.
 */
export function returnToCard(slug: string, from?: DOMRect): void {
  const card = cardOf(slug);
  const link = linkOf(card);
  link?.focus({ preventScroll: true });
  // After the frame in which the browser restores the wall's own scroll position on Back.
  requestAnimationFrame(() => {
    if (!card || !link) {
      void revealCard(slug).then((revealed) => {
        linkOf(revealed)?.focus({ preventScroll: true });
        glide(artworkIn(revealed), from);
      });
      return;
    }
    // In view: its link, which holds the focus, is wholly in the window.
    const box = link.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) card.scrollIntoView({ block: 'center' });
    glide(artworkIn(card), from);
  });
}
