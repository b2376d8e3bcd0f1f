import { useLayoutEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { Moment } from '../../content/types';
import { neighbours } from '../../domain/neighbours';
import type { PagerLink } from './moment-pager';

/**
 * Steps to the previous or next moment in `order` exactly as the pager's links go there, for
 * the arrow keys and swipes. Each step starts from where the last one went, not from what was
 * last drawn, so quick presses are never dropped: twenty → move twenty moments (or to the end).
 */
export function useMomentSteps(order: readonly Moment[], slug: string, linkFor: (moment: Moment) => PagerLink) {
  const navigate = useNavigate();
  // Where the last step went, and the steps taken that the screen has not drawn yet: a render
  // that shows one of those is catching up, not a move elsewhere (a link, Back).
  const here = useRef(slug);
  const underway = useRef<string[]>([]);
  useLayoutEffect(() => {
    const drawn = underway.current.indexOf(slug);
    if (drawn === -1) here.current = slug;
    underway.current = drawn === -1 ? [] : underway.current.slice(drawn + 1);
  }, [slug]);

  function step(direction: 'previous' | 'next') {
    const to = neighbours(order, here.current)[direction];
    if (!to) return;
    here.current = to.slug;
    underway.current.push(to.slug);
    const { to: href, ...options } = linkFor(to);
    navigate(href, options);
  }
  return { onPrevious: () => step('previous'), onNext: () => step('next') };
}
