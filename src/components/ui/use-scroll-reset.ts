import { useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router';

/**
 * A new page starts at the top; the same page (a filter change, a dialog over it) keeps its
 * place. Going back or forward is left to the browser, which restores its own scroll.
 */
export function useScrollReset(pagePath: string) {
  const navigation = useNavigationType();
  const shown = useRef(pagePath);
  useEffect(() => {
    if (shown.current !== pagePath && navigation !== 'POP') window.scrollTo(0, 0);
    shown.current = pagePath;
  }, [pagePath, navigation]);
}
