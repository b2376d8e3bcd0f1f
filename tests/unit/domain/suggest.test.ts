import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/content/catalog';
import { closestByIdOrName, closestBySlug, editDistance, lastSegment } from '../../../src/domain/suggest';

const slugsFor = (typed: string) => closestBySlug(typed, catalog.moments).map((moment) => moment.slug);

describe('editDistance', () => {
  it('counts the insertions, deletions and substitutions between two strings', () => {
    expect(editDistance('gomes', 'gomez')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closestBySlug', () => {
  it('finds the moment behind a typo, or a slug in another letter case, first', () => {
    expect(slugsFor('selena-gomes-and-rema')[0]).toBe('selena-gomez-and-rema');
    expect(slugsFor('Selena-Gomez-And-Rema')[0]).toBe('selena-gomez-and-rema');
    expect(slugsFor('diddy and king combs')).toEqual(['diddy-and-king-combs']);
  });

  it('offers three at most, closest first', () => {
    expect(slugsFor('kelsea-ballerini-chase-stokes-and-bebe-rexa')).toEqual([
      'kelsea-ballerini-chase-stokes-and-bebe-rexha',
      'kelsea-ballerini-chase-stokes-and-renee-rapp',
      'kelsea-ballerini-chase-stokes-and-billy-porter',
    ]);
    expect(slugsFor('taylor-swift')).toHaveLength(3);
    expect(slugsFor('nsync')).toEqual(['nsync-reunited']);
  });

  it('offers nothing for an address like no moment', () => {
    expect(slugsFor('pass')).toEqual([]);
    expect(slugsFor('404')).toEqual([]);
    expect(slugsFor('')).toEqual([]);
  });
});

describe('lastSegment', () => {
  it('takes the last part of a path, decoded when it can be', () => {
    expect(lastSegment('/moments/Selena%20Gomez/')).toBe('Selena Gomez');
    expect(lastSegment('/moments/%E0%A4%A')).toBe('%E0%A4%A');
    expect(lastSegment('/')).toBe('');
  });
});

describe('closestByIdOrName', () => {
  const meant = (typed: string, kind: 'people' | 'awards' = 'people') => closestByIdOrName(typed, catalog[kind])?.id;

  it('finds the person or award behind a typo in the id or the display name', () => {
    expect(meant('taylor-swit')).toBe('taylor-swift');
    expect(meant('Tayler Swift')).toBe('taylor-swift');
    expect(meant('best-pops', 'awards')).toBe('best-pop');
  });

  it('suggests nothing when no id or name is close', () => {
    for (const typed of ['nobody', 'best-everything', 'x'.repeat(3000), '', '—']) expect(meant(typed)).toBeUndefined();
    expect(meant('best-everything', 'awards')).toBeUndefined();
  });
});
