import { describe, expect, it } from 'vitest';
import { catalog, getPeople } from '../../src/content/catalog';
import { planArtwork } from '../../src/domain/artwork';

const planFor = (index: number) => {
  const moment = catalog.moments[index]!;
  return planArtwork({ slug: moment.slug, number: moment.number, names: getPeople(moment).map((p) => p.name) });
};

describe('planArtwork', () => {
  it('is the same for the same moment, every time', () => {
    expect(planFor(2)).toEqual(planFor(2));
  });

  it('differs between moments, and neighbours on a 1-, 2- or 3-column wall never share a palette', () => {
    const plans = catalog.moments.map((_, index) => planFor(index));
    expect(new Set(plans.map((plan) => JSON.stringify(plan))).size).toBe(19);
    for (const step of [1, 2, 3, 6]) {
      plans.slice(step).forEach((plan, index) => expect(plan.glow, `moments ${index + 1} and ${index + 1 + step}`).not.toBe(plans[index]!.glow));
    }
  });

  it('is typographic: the number and the initials of who is in it', () => {
    expect(planFor(2)).toMatchObject({ numeral: '03', initials: 'S·R' });
    expect(planFor(0).rings).toHaveLength(3);
  });

  it('paints the numeral light to glow with classes, not a style attribute', () => {
    for (const plan of catalog.moments.map((_, index) => planFor(index))) {
      expect(plan.numeralGradient).toBe(`from-[${plan.light}] to-[${plan.glow}]`);
    }
  });

  it('keeps every spark and the spotlight inside the 400×300 frame', () => {
    for (const plan of catalog.moments.map((_, index) => planFor(index))) {
      for (const point of [...plan.sparks, plan.focus]) {
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(400);
        expect(point.y).toBeGreaterThanOrEqual(0);
        expect(point.y).toBeLessThanOrEqual(300);
      }
    }
  });
});
