import { startTransition, useEffect, useState } from 'react';

/** Runs `then` once the next frame has been drawn (the task after its animation frame); returns its cancel. */
function afterNextFrame(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value` one frame late: what it was at the last commit until the frame showing the new one
 * has been drawn, then the new one, rendered as a transition (in slices that leave the page to
 * input). The first render has the value at once.
 */
export function useFrameBehind<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const behind = !Object.is(shown, value);
  useEffect(() => {
    if (!behind) return;
    return afterNextFrame(() => startTransition(() => setShown(value)));
  }, [behind, value]);
  return shown;
}
