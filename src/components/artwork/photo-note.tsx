import { creditLine } from '../../content/catalog';
import type { Moment } from '../../content/types';

const asSentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);

/**
 * What the original photo shows and whose it is. Beside generated artwork, the description is
 * the only way anyone learns what the photo showed, so it is text, labelled as the photo's; a real
 * photo carries it as its alt text instead. The credit is always shown.
 */
export function PhotoNote({ moment, className = '' }: { moment: Moment; className?: string }) {
  return (
    <div className={`flex flex-col gap-1 text-white/60 ${className}`}>
      {!moment.photo && (
        <p>
          <span className="font-semibold text-white/75">In the photo:</span> {asSentence(moment.alt)}
        </p>
      )}
      <p>{creditLine(moment)}</p>
    </div>
  );
}
