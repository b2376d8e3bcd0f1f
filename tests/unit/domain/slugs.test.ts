import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/content/catalog';
import { isSlug, slugify } from '../../../src/domain/slugs';

describe('isSlug', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(isSlug('karol-g')).toBe(true);
    expect(isSlug('nsync-reunited')).toBe(true);
  });

  it.each(['', 'Karol-G', 'karol--g', '-karol', 'karol-', 'karol g', 'renée', 'a/b'])('rejects %j', (value) => {
    expect(isSlug(value)).toBe(false);
  });
});

describe('slugify', () => {
  it('makes a slug of a display name, accents and all', () => {
    expect(slugify('Reneé Rapp')).toBe('renee-rapp');
    expect(slugify('  Lil Nas X! ')).toBe('lil-nas-x');
    expect(slugify('—')).toBe('');
  });

  it('gives the id of every person whose id is their name', () => {
    for (const person of catalog.people.filter((p) => !['yeonjun'].includes(p.id))) {
      expect(slugify(person.name)).toBe(person.id);
    }
  });
});
