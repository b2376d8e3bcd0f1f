import { useNavigate } from 'react-router';
import type { Moment } from '../content/types';
import type { Neighbours } from '../domain/neighbours';
import type { PagerLink } from './moment-pager';

/**
 * Steps to the previous or next moment exactly as the pager's links go there, for the arrow
 * keys and swipes; undefined at an end.
 */
export function useMomentSteps(around: Neighbours<Moment>, linkFor: (moment: Moment) => PagerLink) {
  const navigate = useNavigate();
  const stepTo = (moment: Moment | undefined) =>
    moment &&
    (() => {
      const { to, ...options } = linkFor(moment);
      navigate(to, options);
    });
  return { onPrevious: stepTo(around.previous), onNext: stepTo(around.next) };
}
