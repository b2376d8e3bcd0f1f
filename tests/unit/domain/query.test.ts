import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/content/catalog';
import { canonicalSearch, displayValue, parseFilters, serializeFilters } from '../../../src/domain/query';
import { SEARCH_MAX_LENGTH } from '../../../src/domain/search';

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

  it('matches a value whatever its case, spacing or accents, by id or by display name', () => {
    for (const search of ['?person=Taylor%20Swift', '?person=TAYLOR-SWIFT', '?person=+taylor_swift+', '?person=Taylor-Swift']) {
      expect(parseFilters(search, catalog), search).toEqual({
        filters: { people: ['taylor-swift'], awards: [] },
        unknown: { people: [], awards: [] },
      });
    }
    expect(parseFilters('?person=Renee%20Rapp&person=Yeonjun%20of%20TXT&award=BEST%20POP', catalog).filters).toEqual({
      people: ['yeonjun', 'renee-rapp'],
      awards: ['best-pop'],
    });
  });

  it('treats no query as no filters', () => {
    expect(parseFilters('', catalog).filters).toEqual({ people: [], awards: [] });
  });
});

describe('parseFilters: the search', () => {
  it('reads the search from q, as typed but tidied', () => {
    expect(parseFilters('?q=Hug', catalog).filters).toEqual({ people: [], awards: [], search: 'Hug' });
    expect(parseFilters('?q=%20%20taylor%20%20%20swift%20&person=selena-gomez', catalog).filters).toEqual({
      people: ['selena-gomez'],
      awards: [],
      search: 'taylor swift',
    });
    expect(parseFilters('?q=Rene%CC%81e+Rapp', catalog).filters.search, 'composed').toBe('Ren\u00e9e Rapp');
  });

  it('has no search for an empty or blank q, and takes the first of several', () => {
    expect(parseFilters('?q=', catalog).filters).toEqual({ people: [], awards: [] });
    expect(parseFilters('?q=+%09+', catalog).filters).toEqual({ people: [], awards: [] });
    expect(parseFilters('?q=hug&q=kiss', catalog).filters.search).toBe('hug');
  });

  it('cuts a far too long q and drops what could hide or reorder text, without throwing', () => {
    const parsed = parseFilters(`?q=${'a'.repeat(50_000)}`, catalog).filters.search!;
    expect(parsed).toHaveLength(SEARCH_MAX_LENGTH);
    expect(parseFilters('?q=hug%E2%80%AEed%00', catalog).filters.search).toBe('hug ed');
    expect(parseFilters('?q=%E0%A4%A', catalog).filters.search, 'a broken escape').toBe('\ufffd%A');
    expect(parseFilters('?q=<script>alert(1)</script>', catalog).filters.search).toBe('<script>alert(1)</script>');
  });

  it('keeps a search of no words (it narrows nothing) as it was typed', () => {
    expect(parseFilters('?q=!!!', catalog).filters.search).toBe('!!!');
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
    const searched = { search: 'Reneé & “friends” 100%', people: ['renee-rapp'], awards: [] };
    expect(parseFilters(serializeFilters(searched), catalog).filters).toEqual(searched);
  });

  it('writes the search first, tidied, and nothing for a blank one', () => {
    expect(serializeFilters({ people: ['taylor-swift'], awards: [], search: '  taylor   hug ' })).toBe('?q=taylor+hug&person=taylor-swift');
    expect(serializeFilters({ people: [], awards: [], search: '   ' })).toBe('');
  });
});

describe('canonicalSearch', () => {
  it('gives the canonical query for another spelling, repeats or another order', () => {
    expect(canonicalSearch('?person=Taylor%20Swift', catalog)).toBe('?person=taylor-swift');
    expect(canonicalSearch('?person=TAYLOR-SWIFT&person=taylor-swift', catalog)).toBe('?person=taylor-swift');
    expect(canonicalSearch('?person=selena-gomez&person=taylor-swift', catalog)).toBe('?person=taylor-swift&person=selena-gomez');
    expect(canonicalSearch('?person=', catalog)).toBe('');
  });

  it('tidies the search and puts it first', () => {
    expect(canonicalSearch('?person=taylor-swift&q=hug', catalog)).toBe('?q=hug&person=taylor-swift');
    expect(canonicalSearch('?q=%20hug%20%20me%20', catalog)).toBe('?q=hug+me');
    expect(canonicalSearch('?q=', catalog)).toBe('');
    expect(canonicalSearch('?q=hug&q=kiss', catalog)).toBe('?q=hug');
    expect(canonicalSearch('?q=Hug', catalog), 'its letter case is the reader’s').toBeUndefined();
  });

  it('keeps parameters that are not filters', () => {
    expect(canonicalSearch('?utm_source=x&award=Best-Pop', catalog)).toBe('?award=best-pop&utm_source=x');
  });

  it('leaves a canonical address, or one with an unknown value, alone', () => {
    expect(canonicalSearch('?person=taylor-swift&award=best-pop', catalog)).toBeUndefined();
    expect(canonicalSearch('?person=taylor-swift&utm_source=x', catalog)).toBeUndefined();
    expect(canonicalSearch('', catalog)).toBeUndefined();
    expect(canonicalSearch('?person=TAYLOR-SWIFT&person=nobody', catalog)).toBeUndefined();
  });
});

describe('displayValue', () => {
  it('keeps a short value as it is', () => {
    expect(displayValue('nobody')).toBe('nobody');
  });

  it('cuts a long value to 40 characters, ending in an ellipsis', () => {
    const shown = displayValue('x'.repeat(3000));
    expect(Array.from(shown)).toHaveLength(40);
    expect(shown.endsWith('…')).toBe(true);
    expect(Array.from(displayValue('😀'.repeat(50)))).toHaveLength(40);
  });

  it('removes control and bidirectional-override characters', () => {
    expect(displayValue('a\u202Egnp.exe\u202C\u0000\n\u2066b\u2069\u200F')).toBe('agnp.exeb');
  });
});
