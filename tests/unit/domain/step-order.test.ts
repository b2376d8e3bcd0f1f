import { describe, expect, it } from 'vitest';
import { noFilters } from '../../../src/domain/filters';
import { stepOrder } from '../../../src/domain/step-order';

const moments = [
  { slug: 'a', people: ['taylor'], awards: [] },
  { slug: 'b', people: ['karol'], awards: ['pop'] },
  { slug: 'c', people: ['karol', 'taylor'], awards: [] },
  { slug: 'd', people: ['selena'], awards: ['pop'] },
];
const slugs = ({ order }: { order: readonly { slug: string }[] }) => order.map((moment) => moment.slug);

describe('stepOrder', () => {
  it('is every moment, in order, over an unfiltered wall', () => {
    const steps = stepOrder(moments, noFilters, 'b');
    expect(slugs(steps)).toEqual(['a', 'b', 'c', 'd']);
    expect(steps.filtered).toBe(false);
  });

  it('is the wall’s filtered moments when the moment is among them', () => {
    const steps = stepOrder(moments, { people: ['karol'], awards: [] }, 'c');
    expect(slugs(steps)).toEqual(['b', 'c']);
    expect(steps.filtered).toBe(true);
    expect(slugs(stepOrder(moments, { people: [], awards: ['pop'] }, 'd'))).toEqual(['b', 'd']);
  });

  it('is every moment when the moment is outside the wall’s filter (it came by a link or Back)', () => {
    const steps = stepOrder(moments, { people: ['karol'], awards: [] }, 'd');
    expect(slugs(steps)).toEqual(['a', 'b', 'c', 'd']);
    expect(steps.filtered).toBe(false);
  });

  it('is every moment for a slug that is not there at all', () => {
    expect(stepOrder(moments, { people: ['karol'], awards: [] }, 'zzz')).toEqual({ order: moments, filtered: false });
  });
});
