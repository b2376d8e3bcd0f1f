import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { catalog } from '../../content/catalog';
import { canonicalSearch } from '../../domain/query';

/**
 * `/?person=TAYLOR-SWIFT` shows Taylor Swift's moments, and the address bar then says
 * `/?person=taylor-swift`: what a person shares next is the canonical address. Replaced, not pushed,
 * so Back doesn't return to the other spelling.
 */
export function useCanonicalAddress() {
  const { pathname, search, hash, state } = useLocation();
  const navigate = useNavigate();
  const canonical = canonicalSearch(search, catalog);
  useEffect(() => {
    if (canonical !== undefined) void navigate({ pathname, search: canonical, hash }, { replace: true, state, preventScrollReset: true });
  }, [canonical, pathname, hash, state, navigate]);
}
