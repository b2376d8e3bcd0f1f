import { describe, expect, it } from 'vitest';
import { add, and, count, emptySet, fullSet, has, or } from '../../../src/domain/bitset';

describe('bitsets of moment positions', () => {
  it.each([1, 19, 31, 32, 33, 200, 5000])('holds exactly %i positions when full, none when empty', (size) => {
    expect(count(fullSet(size))).toBe(size);
    expect(count(emptySet(size))).toBe(0);
  });

  it('adds, tests, intersects and unites like sets of numbers', () => {
    const a = emptySet(100);
    const b = emptySet(100);
    for (const position of [0, 31, 32, 63, 99]) add(a, position);
    for (const position of [31, 32, 50]) add(b, position);
    const members = (bits: Uint32Array) => Array.from({ length: 100 }, (_, i) => i).filter((i) => has(bits, i));
    expect(members(and(a, b))).toEqual([31, 32]);
    expect(members(or(a, b))).toEqual([0, 31, 32, 50, 63, 99]);
    expect(count(and(a, b))).toBe(2);
    expect(count(or(a, b))).toBe(6);
  });
});
