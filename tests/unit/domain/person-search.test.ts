import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/content/catalog';
import { findByName, nameMatches } from '../../../src/domain/person-search';
import { foldText } from '../../../src/domain/search';

const found = (typed: string) => findByName(catalog.people, typed).map((person) => person.name);

describe('finding a person by typing', () => {
  it('matches the start of any word of the name, whatever the case', () => {
    expect(found('tay')).toEqual(['Taylor Swift']);
    expect(found('TAY')).toEqual(['Taylor Swift']);
    expect(found('carpenter')).toEqual(['Sabrina Carpenter']);
    expect(found('bailey')).toEqual(['Halle Bailey', 'Chloe Bailey']);
  });

  it('ignores accents, both typed and in the name', () => {
    expect(found('renee')).toEqual(['Reneé Rapp']);
    expect(found('reneé')).toEqual(['Reneé Rapp']);
    expect(foldText('Reneé')).toBe('renee');
  });

  it('needs every typed word, each starting a word of the name', () => {
    expect(found('sabrina car')).toEqual(['Sabrina Carpenter']);
    expect(found('sabrina swift')).toEqual([]);
    expect(nameMatches('Taylor Swift', 'aylor')).toBe(false);
  });

  it('matches nothing when nothing (or only spaces and punctuation) is typed', () => {
    expect(found('')).toEqual([]);
    expect(found('  - ')).toEqual([]);
  });
});
