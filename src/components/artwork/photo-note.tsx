import { creditLine } from '../../content/catalog';
import type { Moment, MomentWords } from '../../content/types';
import { WaitingLines } from '../ui/waiting-lines';

const asSentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);

/**
 * What the original photo shows and whose it is. Beside generated artwork, the description is
 * the only way anyone learns what the photo showed, so it is text, labelled as the photo's; a real
 * photo carries it as its alt text instead. The credit is always shown.
 */
export function PhotoNote({ moment, words, className = '' }: { moment: Moment; words: MomentWords | undefined; className?: string }) {
  if (!words) {
    return (
      <div aria-busy="true" className={`text-white/60 ${className}`}>
        <WaitingLines lines={moment.photo ? 1 : 2} what="photo’s credit" />
      </div>
    );
  }
  return (
    <div className={`flex flex-col gap-1 text-white/60 ${className}`}>
      {!moment.photo && (
        <p>
          <span className="font-semibold text-white/75">In the photo:</span> {asSentence(words.alt)}
        </p>
      )}
      <p>{creditLine(moment, words)}</p>
    </div>
  );
}
