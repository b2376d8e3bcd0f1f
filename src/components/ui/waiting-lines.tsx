import { useWordsTrouble } from '../../content/words';

/**
 * Where a moment's words are still on their way (a chunk of captions not here yet): grey lines
 * the size of the text they stand for, so the card keeps its height, and for assistive
 * technology a word on what is coming. Its parent says it is busy (`aria-busy`).
 */
export function WaitingLines({ lines, what }: { lines: number; what: string }) {
  const trouble = useWordsTrouble();
  return (
    <span className="flex flex-col gap-[0.45em] py-[0.2em]">
      <span className="sr-only">{trouble ? `The ${what} has not come yet: ${trouble}.` : `The ${what} is on its way.`}</span>
      {Array.from({ length: lines }, (_, line) => (
        <span key={line} aria-hidden="true" className={`block h-[0.85em] rounded-sm bg-white/10 ${line === lines - 1 ? 'w-2/3' : 'w-full'}`} />
      ))}
    </span>
  );
}
