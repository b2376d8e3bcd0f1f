import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while the browser hydrates the prerendered HTML, true after (and in a
 * page rendered afresh). What only the running app needs, such as framer-motion's inline
 * opacity and transform, waits for it: the prerendered HTML carries no style="" attribute,
 * which the strict CSP forbids.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
