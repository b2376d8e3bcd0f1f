import { creditLine } from '../content/catalog';
import type { Moment } from '../content/types';

/** The original photo's credit: always shown with the moment. */
export function Credit({ moment, className = '' }: { moment: Moment; className?: string }) {
  return <p className={`text-xs text-white/60 ${className}`}>{creditLine(moment)}</p>;
}
