import { describe, expect, it } from 'vitest';
import { catalog, planFor } from '../../../src/content/catalog';
import { coneCrosses, compositionSignature, describeArtwork, initialsOf, planArtwork, type ArtworkPlan, type Box } from '../../../src/domain/artwork';

const plans = catalog.moments.map((moment) => planFor(moment));
const plan = (number: number) => plans[number - 1]!;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const around = (x: number, y: number, rx: number, ry = rx): Box => ({ x: x - rx, y: y - ry, width: 2 * rx, height: 2 * ry });

/** Every decoration's extent: cones as polygons, the rest as boxes (pools drawn with their glow). */
function decorations(art: ArtworkPlan) {
  return {
    cones: art.cones,
    boxes: [
      ...art.pools.map((pool) => around(pool.cx, pool.cy, pool.rx * 1.25, pool.ry * 1.4)),
      ...art.stars.map((star) => around(star.x, star.y, star.r * 2.2)),
      ...art.sparks.map((spark) => around(spark.x, spark.y, spark.r)),
    ],
  };
}

describe('planArtwork', () => {
  it('is the same for the same moment, every time', () => {
    expect(planFor(catalog.moments[2]!)).toEqual(plan(3));
  });

  it('stages one spotlight per person pictured', () => {
    for (const [index, moment] of catalog.moments.entries()) expect(plans[index]!.pools, `moment ${moment.number}`).toHaveLength(moment.people.length);
    expect(plan(16).pools).toHaveLength(1);
    expect(plan(13).pools).toHaveLength(3);
  });

  it('shows a gold star where an award is named, a row of small stars for honours without one, else none', () => {
    for (const [index, moment] of catalog.moments.entries()) {
      const expected = moment.awards.length > 0 ? 'award' : moment.trophyNote ? 'trophies' : 'none';
      expect(plans[index]!.honour, `moment ${moment.number}`).toBe(expected);
      expect(plans[index]!.stars, `moment ${moment.number}`).toHaveLength({ award: 1, trophies: 5, none: 0 }[expected]);
    }
  });

  it('gives no two moments the same composition, and moments up to four apart never the same staging', () => {
    const signatures = plans.map(compositionSignature);
    expect(new Set(signatures).size).toBe(plans.length);
    for (const step of [1, 2, 3, 4]) {
      plans.slice(step).forEach((art, index) => expect(art.staging, `moments ${index + 1} and ${index + 1 + step}`).not.toBe(plans[index]!.staging));
    }
    expect(compositionSignature(plan(13))).not.toBe(compositionSignature(plan(15)));
    expect(plan(13).initials.text).toBe('KB·CS·BR');
    expect(plan(15).initials.text).toBe('KB·CS·BP');
  });

  it('never draws a cone, pool, star or spark over the initials', () => {
    for (const art of plans) {
      const { cones, boxes } = decorations(art);
      for (const cone of cones) expect(coneCrosses(cone, art.initials.box), `${art.initials.text}: cone ${JSON.stringify(cone)}`).toBe(false);
      for (const box of boxes) expect(overlaps(box, art.initials.box), `${art.initials.text}: ${JSON.stringify(box)}`).toBe(false);
    }
  });

  it('keeps the initials clear for a crowd and for long names, too', () => {
    const names = ['Ann Bee', 'Cy Dee', 'Eve Eff Gee', 'Hal Ida', 'Jo Kay', 'Lu Em', 'Mo No'];
    for (let number = 1; number <= 40; number += 1) {
      for (const honour of ['award', 'trophies', 'none'] as const) {
        const art = planArtwork({ slug: `crowd-${number}`, number, names: names.slice(0, 1 + (number % 7)), honour });
        const { cones, boxes } = decorations(art);
        expect(cones.some((cone) => coneCrosses(cone, art.initials.box)), `${number} ${honour}`).toBe(false);
        expect(boxes.some((box) => overlaps(box, art.initials.box)), `${number} ${honour}`).toBe(false);
        expect(art.initials.box.x).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the people clear of the numeral, and every shape in the 400×300 frame', () => {
    for (const art of plans) {
      for (const pool of art.pools) expect(overlaps(around(pool.cx, pool.cy, pool.rx, pool.ry), art.numeral.box)).toBe(false);
      for (const point of [...art.sparks, ...art.stars, ...art.pools.map((pool) => ({ x: pool.cx, y: pool.cy }))]) {
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(400);
        expect(point.y).toBeGreaterThanOrEqual(0);
        expect(point.y).toBeLessThanOrEqual(300);
      }
    }
  });

  it('neighbours on a 1-, 2- or 3-column wall never share a palette', () => {
    for (const step of [1, 2, 3, 6]) {
      plans.slice(step).forEach((art, index) => expect(art.glow, `moments ${index + 1} and ${index + 1 + step}`).not.toBe(plans[index]!.glow));
    }
  });

  it('is typographic: the number, and the initials of who is in it', () => {
    expect(plan(3)).toMatchObject({ numeral: { text: '03' }, initials: { text: 'SG·R' } });
    expect(plan(8).initials.text).toBe('YT·A');
    expect(initialsOf('Lil Nas X')).toBe('LNX');
    expect(initialsOf('NSYNC')).toBe('N');
  });
});

describe('describeArtwork', () => {
  it('says what the artwork shows', () => {
    expect(describeArtwork(plan(3))).toBe('Generated artwork with the number 03, two spotlights and a gold star');
    expect(describeArtwork(plan(16))).toBe('Generated artwork with the number 16, one spotlight and a gold star');
    expect(describeArtwork(plan(19))).toBe('Generated artwork with the number 19, three spotlights and a row of small stars');
    expect(describeArtwork(plan(13))).toBe('Generated artwork with the number 13, three spotlights');
  });
});
