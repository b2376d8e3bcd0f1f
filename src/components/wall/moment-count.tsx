import { useEffect, useState } from 'react';
import { countMoments, ofTotal } from '../../domain/plural';
import { FINDING, mark } from '../../prepaint/marks';

/**
 * "4 moments of 19": the count is a live region, so a change of filters is announced. A search
 * answered before every caption came says "so far" (the search box says how many it has
 * looked at): that first answer is announced, then the region is quiet while the count grows
 * with each chunk of captions (at 5,000 moments, some fifty), and the whole answer is announced
 * once it has them all. While a windowed wall hydrates on a filtered address, it says what the
 * page's script wrote there (`finding`: src/prepaint/), so that the app's next render, of the
 * address, always writes the count.
 */
export function MomentCount({
  shown,
  total,
  filtered,
  partial = false,
  finding = false,
}: {
  shown: number;
  total: number;
  filtered: boolean;
  partial?: boolean;
  finding?: boolean;
}) {
  const [quiet, setQuiet] = useState(false);
  // Once a partial count has been committed (and so announced), the next ones are not.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setQuiet(partial), [partial]);
  return (
    <>
      <span role="status" aria-live={partial && quiet ? 'off' : undefined} {...{ [mark.attribute]: mark.shown }} suppressHydrationWarning className="font-semibold whitespace-nowrap text-white">
        {finding ? FINDING : countMoments(shown)}
        {partial && ' so far'}
      </span>
      <span {...{ [mark.attribute]: mark.ofTotal }} suppressHydrationWarning>
        {ofTotal(filtered, total)}
      </span>
    </>
  );
}
