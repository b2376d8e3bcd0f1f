/** "1 moment", "4 moments". */
export function countMoments(count: number): string {
  return count === 1 ? '1 moment' : `${count} moments`;
}
