import { creditLine } from '../../content/catalog';
import type { Moment, MomentWords } from '../../content/types';
import { WaitingLines } from '../ui/waiting-lines';

/** A credit without its names: what creditLine says around them ("Original photo:  / "). */
const noNames: MomentWords = { caption: '', alt: '', credit: { photographer: '', agency: '' } };

const asSentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);

/**
 * What the original photo shows and whose it is. Beside generated artwork, the description is
 * the only way anyone learns what the photo showed, so it is text, labelled as the photo's; a real
 * photo carries it as its alt text instead. The credit is always shown.
 */
export function PhotoNote({ moment, words, className = '' }: { moment: Moment; words: MomentWords | undefined; className?: string }) {
  // Waiting for its words: the same lines, filler as long as the words (the head has their lengths).
  const lengths = moment.lengths;
  return (
    <div aria-busy={!words || undefined} className={`flex flex-col gap-1 text-white/60 ${className}`}>
      {!moment.photo && (
        <p>
          <span className="font-semibold text-white/75">In the photo:</span>{' '}
          {words ? asSentence(words.alt) : <WaitingLines length={lengths && lengths[1] + 1} />}
        </p>
      )}
      <p>{words ? creditLine(moment, words) : <WaitingLines length={lengths && creditLine(moment, noNames).length + lengths[2]} what="photo’s credit" />}</p>
    </div>
  );
}
