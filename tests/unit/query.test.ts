import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/content/catalog';
import { parseFilters, serializeFilters } from '../../src/domain/query';

describe('parseFilters', () => {
  it('reads people and awards by their ids', () => {
    expect(parseFilters('?person=taylor-swift&award=best-pop', catalog)).toEqual({
      filters: { people: ['taylor-swift'], awards: ['best-pop'] },
      unknown: { people: [], awards: [] },
    });
  });

  it('sets aside values it does not know, and says which', () => {
    const parsed = parseFilters('?person=karol-g&person=nobody&award=best-everything', catalog);
    expect(parsed.filters).toEqual({ people: ['karol-g'], awards: [] });
    expect(parsed.unknown).toEqual({ people: ['nobody'], awards: ['best-everything'] });
  });

  it('ignores repeats, blanks, other parameters and odd encodings without throwing', () => {
    const parsed = parseFilters('?person=karol-g&person=karol-g&person=&utm_source=x&award=%E0%A4%A', catalog);
    expect(parsed.filters).toEqual({ people: ['karol-g'], awards: [] });
    expect(parsed.unknown.people).toEqual([]);
    expect(parsed.unknown.awards).toHaveLength(1);
  });

  it('treats no query as no filters', () => {
    expect(parseFilters('', catalog).filters).toEqual({ people: [], awards: [] });
  });
});

describe('serializeFilters', () => {
  it('writes readable ids, people first', () => {
    expect(serializeFilters({ people: ['taylor-swift', 'selena-gomez'], awards: ['best-pop'] })).toBe(
      '?person=taylor-swift&person=selena-gomez&award=best-pop',
    );
  });

  it('writes nothing for no filters', () => {
    expect(serializeFilters({ people: [], awards: [] })).toBe('');
  });

  it('round-trips through parseFilters', () => {
    const filters = { people: ['halle-bailey', 'chloe-bailey'], awards: ['global-icon'] };
    expect(parseFilters(serializeFilters(filters), catalog).filters).toEqual(filters);
  });
});
