import { countMoments, ofTotal } from '../../domain/plural';
import { mark } from '../../prepaint/marks';

/** "4 moments of 19": the count is a live region, so a change of filters is announced. */
export function MomentCount({ shown, total, filtered }: { shown: number; total: number; filtered: boolean }) {
  return (
    <>
      <span role="status" {...{ [mark.attribute]: mark.shown }} suppressHydrationWarning className="font-semibold whitespace-nowrap text-white">
        {countMoments(shown)}
      </span>
      <span {...{ [mark.attribute]: mark.ofTotal }} suppressHydrationWarning>
        {ofTotal(filtered, total)}
      </span>
    </>
  );
}
