import { describe, expect, it } from 'vitest';
import { answers, foldedWords, foldText, searchable, searchWords, SEARCH_MAX_LENGTH, tidySearch } from '../../../src/domain/search';

describe('foldText', () => {
  it('drops letter case and accents', () => {
    expect(foldText('Reneé')).toBe('renee');
    expect(foldText('BEYONCÉ')).toBe('beyonce');
    expect(foldText('Ñandú Çelik İstanbul')).toBe('nandu celik istanbul');
  });

  it('writes letters with no separable accent as they are typed without it', () => {
    expect(foldText('Røyksopp Łódź Straße Æon')).toBe('royksopp lodz strasse aeon');
  });
});

describe('foldedWords', () => {
  it('splits on what is not a letter or digit, joining over apostrophes', () => {
    expect(foldedWords('Beyoncé’s "Renaissance" — K-pop, 2023!')).toEqual(['beyonces', 'renaissance', 'k', 'pop', '2023']);
    expect(foldedWords("Lil Nas X's")).toEqual(['lil', 'nas', 'xs']);
    expect(foldedWords('  ')).toEqual([]);
  });
});

describe('tidySearch', () => {
  it('trims and makes every run of white space one space', () => {
    expect(tidySearch('  taylor \t\n swift  ')).toBe('taylor swift');
  });

  it('takes out control and bidirectional characters', () => {
    expect(tidySearch('hug\u0000\u202egs\u2066')).toBe('hug gs');
  });

  it('keeps at most SEARCH_MAX_LENGTH characters, never half a character', () => {
    const long = '😀'.repeat(SEARCH_MAX_LENGTH + 50);
    expect(Array.from(tidySearch(long))).toHaveLength(SEARCH_MAX_LENGTH);
    expect(tidySearch(`${'a'.repeat(SEARCH_MAX_LENGTH - 1)} b`)).toBe('a'.repeat(SEARCH_MAX_LENGTH - 1));
  });

  it('leaves nothing of white space alone', () => {
    expect(tidySearch(' \u00a0 \u3000 ')).toBe('');
  });
});

describe('searchWords', () => {
  it('is the folded words of the search, each once', () => {
    expect(searchWords('Hug HUG hüg taylor')).toEqual(['hug', 'taylor']);
  });

  it('is nothing for no search, or one with no letter or digit', () => {
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords('')).toEqual([]);
    expect(searchWords('!!! — ?')).toEqual([]);
  });

  it('reads a search far too long only up to its kept length', () => {
    expect(searchWords(`hug ${'x'.repeat(100_000)}`)).toEqual(['hug', 'x'.repeat(SEARCH_MAX_LENGTH - 4)]);
  });
});

describe('answers', () => {
  const text = searchable('Taylor Swift hugged Reneé Rapp backstage');

  it('needs every word to start some word of the text', () => {
    expect(answers(text, searchWords('tay swi'))).toBe(true);
    expect(answers(text, searchWords('hug renee'))).toBe(true);
    expect(answers(text, searchWords('hug zzz'))).toBe(false);
  });

  it('does not find a word inside another word', () => {
    expect(answers(text, searchWords('aylor'))).toBe(false);
    expect(answers(text, searchWords('stage'))).toBe(false);
  });

  it('answers no words with false: nothing was asked', () => {
    expect(answers(text, [])).toBe(false);
  });
});
