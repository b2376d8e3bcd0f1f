import { useLayoutEffect, useState } from 'react';
import type { Location } from 'react-router';
import { HELD } from '../prepaint/marks';

/**
 * The location to render. One prerendered page serves its address with any query: `/` serves
 * `/?person=taylor-swift` and `/?utm_source=x` too. Hydration must find exactly what was
 * prerendered, so the app first renders the address the page was prerendered for (`hydrateAt`),
 * then, in the same task and before any paint, the real one. On the wall, the page's inline
 * script (src/prepaint/) has already put the real address on screen, so that second render
 * changes nothing anyone sees: no blank, no re-animation, the same elements.
 */
export function useFirstPaintLocation(location: Location, hydrateAt: string | undefined): Location {
  const [hydrated, setHydrated] = useState(hydrateAt === undefined);
  // The one render after hydration that the rule warns of is the point: it must happen before
  // the first paint (a layout effect), not after it.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useLayoutEffect(() => setHydrated(true), []);
  // A windowed wall's page held its counts back (src/prepaint/prepaint.ts): once this address is
  // rendered, they are the app's, right, and may be seen.
  useLayoutEffect(() => {
    if (hydrated) document.documentElement.removeAttribute(HELD);
  }, [hydrated]);
  if (hydrated || hydrateAt === undefined) return location;
  const prerendered = new URL(hydrateAt, 'http://prerendered');
  return { ...location, pathname: prerendered.pathname, search: prerendered.search, hash: '', state: null };
}
