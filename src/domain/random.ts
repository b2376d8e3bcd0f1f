/** FNV-1a of a seed string, then a small xorshift stream: numbers in [0, 1), stable across engines and builds. */
export function randomStream(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) {
    state ^= char.codePointAt(0)!;
    state = Math.imul(state, 16777619);
  }
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
