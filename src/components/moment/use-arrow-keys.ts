import { useEffect, useRef } from 'react';
import { isTyping } from '../ui/is-typing';

/** ← and → step to the previous and next moment, as in any photo viewer (a zoomed photo takes them first: use-zoom.ts). */
export function useArrowKeys(handlers: { onPrevious?: () => void; onNext?: () => void }) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isTyping(event.target)) return;
      const go = event.key === 'ArrowLeft' ? latest.current.onPrevious : event.key === 'ArrowRight' ? latest.current.onNext : undefined;
      if (!go) return;
      event.preventDefault();
      go();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
