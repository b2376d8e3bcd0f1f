import { useEffect } from 'react';
import { catalog } from '../../content/catalog';
import { subscribeWords } from '../../content/words';
import { prepareSearch } from '../../domain/filters';

/** How many moments' texts one idle step prepares (at 4× CPU about 5 ms). */
const STEP = 250;

const whenIdle = (then: () => void): (() => void) => {
  if ('requestIdleCallback' in window) {
    const handle = requestIdleCallback(then);
    return () => cancelIdleCallback(handle);
  }
  // WebKit has no idle callbacks: a step every 50 ms leaves the page to input between them.
  const timer = setTimeout(then, 50);
  return () => clearTimeout(timer);
};

/**
 * Once the app runs, in idle time, the search's texts of every moment are made ready, a few
 * hundred at a time, so that the first search a person types does not wait for them
 * (domain/filters.ts prepareSearch); and again as chunks of captions come (content/words.ts).
 */
export function usePreparedSearch(): void {
  useEffect(() => {
    let cancel: (() => void) | undefined;
    // One step an idle period: a tap that comes meanwhile waits 5 ms at most (20 periods at 5,000).
    const step = () => {
      cancel = prepareSearch(catalog, STEP) ? undefined : whenIdle(step);
    };
    const resume = () => {
      cancel ??= whenIdle(step);
    };
    resume();
    const unsubscribe = subscribeWords(resume);
    return () => {
      cancel?.();
      unsubscribe();
    };
  }, []);
}
