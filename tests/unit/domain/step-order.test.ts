import { describe, expect, it } from 'vitest';
import { noFilters } from '../../../src/domain/filters';
import { stepOrder } from '../../../src/domain/step-order';

const moments = [
  { slug: 'a', people: ['taylor'], awards: [], caption: 'A hug backstage.' },
  { slug: 'b', people: ['karol'], awards: ['pop'], caption: 'A trophy.' },
  { slug: 'c', people: ['karol', 'taylor'], awards: [], caption: 'Another hug.' },
  { slug: 'd', people: ['selena'], awards: ['pop'], caption: 'A dance.' },
];
const known = {
  people: ['taylor', 'karol', 'selena'].map((id) => ({ id, name: id })),
  awards: [{ id: 'pop', name: 'Best Pop' }],
};
const faceted = { ...known, moments };
const slugs = ({ order }: { order: readonly { slug: string }[] }) => order.map((moment) => moment.slug);

describe('stepOrder', () => {
  it('is every moment, in order, over an unfiltered wall', () => {
    const steps = stepOrder(faceted, noFilters, 'b');
    expect(slugs(steps)).toEqual(['a', 'b', 'c', 'd']);
    expect(steps.filtered).toBe(false);
  });

  it('is the wall’s filtered moments when the moment is among them', () => {
    const steps = stepOrder(faceted, { people: ['karol'], awards: [] }, 'c');
    expect(slugs(steps)).toEqual(['b', 'c']);
    expect(steps.filtered).toBe(true);
    expect(slugs(stepOrder(faceted, { people: [], awards: ['pop'] }, 'd'))).toEqual(['b', 'd']);
  });

  it('is every moment when the moment is outside the wall’s filter (it came by a link or Back)', () => {
    const steps = stepOrder(faceted, { people: ['karol'], awards: [] }, 'd');
    expect(slugs(steps)).toEqual(['a', 'b', 'c', 'd']);
    expect(steps.filtered).toBe(false);
  });

  it('is the wall’s searched moments when the moment is among them', () => {
    expect(slugs(stepOrder(faceted, { people: [], awards: [], search: 'hug' }, 'c'))).toEqual(['a', 'c']);
    expect(slugs(stepOrder(faceted, { people: ['karol'], awards: [], search: 'HUG' }, 'c'))).toEqual(['c']);
    expect(stepOrder(faceted, { people: [], awards: [], search: 'hug' }, 'b').filtered).toBe(false);
  });

  it('is every moment for a slug that is not there at all', () => {
    expect(stepOrder(faceted, { people: ['karol'], awards: [] }, 'zzz')).toEqual({ order: moments, filtered: false });
  });
});
