/** A set of small whole numbers (moment positions), one bit each: 5,000 moments are 157 words. */
export type Bitset = Uint32Array;

export function emptySet(size: number): Bitset {
  return new Uint32Array(Math.ceil(size / 32));
}

export function fullSet(size: number): Bitset {
  const bits = emptySet(size);
  bits.fill(0xffffffff);
  if (size % 32 !== 0) bits[bits.length - 1] = (1 << size % 32) - 1;
  return bits;
}

export function add(bits: Bitset, position: number): void {
  bits[position >>> 5]! |= 1 << (position & 31);
}

export function has(bits: Bitset, position: number): boolean {
  return (bits[position >>> 5]! & (1 << (position & 31))) !== 0;
}

/** A new set: what is in both. */
export function and(a: Bitset, b: Bitset): Bitset {
  return a.map((word, i) => word & b[i]!);
}

/** A new set: what is in either. */
export function or(a: Bitset, b: Bitset): Bitset {
  return a.map((word, i) => word | b[i]!);
}

function bitsIn(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many are in the set. */
export function count(bits: Bitset): number {
  let total = 0;
  for (const word of bits) total += bitsIn(word);
  return total;
}
