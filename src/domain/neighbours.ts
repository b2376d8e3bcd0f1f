export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
  /** 1-based place of the current item, 0 when it is not in the list. */
  position: number;
  total: number;
}

/** The items either side of the one with `slug`; the ends stop rather than wrap. */
export function neighbours<T extends { slug: string }>(list: readonly T[], slug: string): Neighbours<T> {
  const index = list.findIndex((item) => item.slug === slug);
  if (index === -1) return { previous: undefined, next: undefined, position: 0, total: list.length };
  return {
    previous: list[index - 1],
    next: list[index + 1],
    position: index + 1,
    total: list.length,
  };
}
