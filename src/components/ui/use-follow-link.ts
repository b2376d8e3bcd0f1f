import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * A filter link followed inside the app, to where its href says *now*. The href, not a prop:
 * before the app rendered this address, the prerendered wall's script wrote the hrefs for it,
 * and a click that lands meanwhile must go where the link shows. A click with a modifier key
 * (new tab, new window) is left to the browser.
 */
export function useFollowLink() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const href = event.currentTarget.getAttribute('href');
    if (href !== null) navigate(href, { preventScrollReset: true });
  };
}
