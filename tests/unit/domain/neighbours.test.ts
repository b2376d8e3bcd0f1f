import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../src/domain/neighbours';

const list = ['a', 'b', 'c'].map((slug) => ({ slug }));

describe('neighbours', () => {
  it('finds the items either side', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: { slug: 'a' }, next: { slug: 'c' }, position: 2, total: 3 });
  });

  it('stops at the ends rather than wrapping', () => {
    expect(neighbours(list, 'a')).toMatchObject({ previous: undefined, next: { slug: 'b' }, position: 1 });
    expect(neighbours(list, 'c')).toMatchObject({ previous: { slug: 'b' }, next: undefined, position: 3 });
  });

  it('has no neighbours for an item that is not there, or an empty list', () => {
    expect(neighbours(list, 'z')).toEqual({ previous: undefined, next: undefined, position: 0, total: 3 });
    expect(neighbours([], 'a')).toMatchObject({ position: 0, total: 0 });
  });
});
