import { useLayoutEffect, useRef, type RefObject } from 'react';
import { artworkIn, cardOf, glide, lift } from '../artwork/glide';

/**
 * The dialog's side of the glide (artwork/glide.ts). Before the first paint, the artwork grows
 * out of its card on the wall; once: a moment stepped to swaps in place, and a Forward just after
 * a Back finds it where it was. While the dialog is open, the card of the moment it shows has no
 * artwork of its own; on close the artwork glides back into that card (return-to-card.ts).
 */
export function useArtworkGlide(dialog: RefObject<HTMLElement | null>, slug: string, open: boolean): void {
  const grown = useRef(false);
  useLayoutEffect(() => {
    if (grown.current) return;
    grown.current = true;
    glide(artworkIn(dialog.current), artworkIn(cardOf(slug))?.getBoundingClientRect());
  }, [dialog, slug]);

  useLayoutEffect(() => (open ? lift(artworkIn(cardOf(slug))) : undefined), [open, slug]);
}
