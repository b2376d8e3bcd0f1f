import { cardOf } from '../artwork/glide';

/** Brings a moment's card into the page and the window, if the wall can; its card, or null. */
type Reveal = (slug: string, align: 'start' | 'center') => Promise<HTMLElement | null>;

let reveal: Reveal | undefined;

/** The windowed wall says how it brings a card that is not in the page into it; returns what undoes that. */
export function setReveal(next: Reveal): () => void {
  reveal = next;
  return () => {
    if (reveal === next) reveal = undefined;
  };
}

/**
 * Moment `slug`'s card: at once when it is in the page (a whole wall, or a card on screen), else
 * once the windowed wall has scrolled to it and rendered it. Null when the wall does not show it.
 */
export function revealCard(slug: string, align: 'start' | 'center' = 'center'): Promise<HTMLElement | null> {
  const card = cardOf(slug);
  if (card || !reveal) return Promise.resolve(card);
  return reveal(slug, align);
}
