import { useEffect, useState, type RefObject } from 'react';

/** Where Tailwind's `lg:` begins: the filters move from the sheet to the sidebar there. */
const WIDE = '(min-width: 64rem)';

/**
 * Whether an element is laid out at all (not `display: none`) at the window's width, checked
 * once the app runs and again when the width crosses `lg:`. True until then, and where nothing
 * is laid out (jsdom): the prerendered page carries both the sidebar's filters and the sheet's,
 * one of which CSS hides at any width, and the app lets go of the hidden one's elements (a
 * wall of thousands of moments keeps its page under 1,500 elements, issue 21).
 */
export function useDisplayed(element: RefObject<HTMLElement | null>): boolean {
  const [displayed, setDisplayed] = useState(true);
  useEffect(() => {
    const check = () => {
      const node = element.current;
      setDisplayed(!node || getComputedStyle(node).display !== 'none');
    };
    check();
    const wide = window.matchMedia?.(WIDE);
    wide?.addEventListener('change', check);
    return () => wide?.removeEventListener('change', check);
  }, [element]);
  return displayed;
}
