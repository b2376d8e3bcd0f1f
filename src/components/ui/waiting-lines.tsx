import { useWordsTrouble } from '../../content/words';

/**
 * Words of x as wide as `length` characters of text, for lines that wrap where the words they
 * stand for will: an x is wider than the average letter, space and comma, so there are fewer.
 */
export const filler = (length: number): string => 'xxxxx '.repeat(length / 6 + 1).slice(0, length * 0.88);

/**
 * Where a moment's words are still on their way (a chunk of captions not here yet): grey lines
 * the size of the text they stand for, so the card keeps its height, and for assistive
 * technology a word on what is coming. The lines are filler as wide as the words' `length` (the
 * head has it) in their own font, wrapping as they will at any width. Its parent says it is busy
 * (`aria-busy`). When their chunk failed and waits to be tried again, the part that `shows` it (a
 * card's caption, not its credit too) says so to the eye as well: lines that never fill look like
 * a page still loading, not like one that needs the network.
 */
export function WaitingLines({ length = 120, what, shows = false }: { length?: number; what?: string; shows?: boolean }) {
  const trouble = useWordsTrouble();
  return (
    <>
      {what && (
        <span className={shows && trouble ? 'block text-xs leading-snug text-white/60' : 'sr-only'}>
          {trouble ? `The ${what} has not come yet: ${trouble}.` : `The ${what} is on its way.`}
        </span>
      )}
      {/* Generated content, not text (.filler, index.css): no Find in page, copy or text of the card holds it. */}
      <span aria-hidden="true" data-filler={filler(length)} className="filler" />
    </>
  );
}
