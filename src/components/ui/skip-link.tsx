import type { MouseEvent } from 'react';

/**
 * "Skip to the moments", past the filters. It moves focus itself rather than following its
 * fragment, so the address (which holds the wall's state) stays as it is.
 */
export function SkipLink({ targetId, children }: { targetId: string; children: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a
      href={`#${targetId}`}
      onClick={onClick}
      className="sr-only-focusable fixed top-3 left-3 z-40 rounded-full bg-gold-400 px-4 py-2 font-bold text-night-950"
    >
      {children}
    </a>
  );
}
