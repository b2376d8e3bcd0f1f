/** "1 moment", "4 moments". */
export function countMoments(count: number): string {
  return count === 1 ? '1 moment' : `${count} moments`;
}

/** " of 19" after the count on a filtered wall; nothing on the whole wall. */
export function ofTotal(filtered: boolean, total: number): string {
  return filtered ? ` of ${total}` : '';
}
