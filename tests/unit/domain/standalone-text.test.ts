import { describe, expect, it } from 'vitest';
import { joinNames, sentence, standaloneText, standaloneTitle, truncateAtWord } from '../../../src/domain/standalone-text';

const place = 'backstage at the 2023 VMAs';

describe('standalone text', () => {
  it('joins names as a sentence does', () => {
    expect(joinNames(['Rema'])).toBe('Rema');
    expect(joinNames(['Selena Gomez', 'Rema'])).toBe('Selena Gomez and Rema');
    expect(joinNames(['A', 'B', 'C'], '&')).toBe('A, B & C');
  });

  it('makes a caption a sentence: a trailing ":" or "..." becomes "."', () => {
    expect(sentence('They also sweetly chatted with Taylor Swift:')).toBe('They also sweetly chatted with Taylor Swift.');
    expect(sentence('The pair also posed with Reneé Rapp...')).toBe('The pair also posed with Reneé Rapp.');
    expect(sentence('...and Billy Porter!')).toBe('…and Billy Porter!');
    expect(sentence('the song "Calm Down" — the show\'s first:')).toBe('the song “Calm Down” — the show’s first.');
  });

  it('cuts at a word, with an ellipsis, within the limit', () => {
    expect(truncateAtWord('one two three', 20)).toBe('one two three');
    expect(truncateAtWord('one two three four', 12)).toBe('one two…');
    expect(truncateAtWord('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('describes any moment in at most 160 characters, however long its caption or crowd', () => {
    const names = Array.from({ length: 12 }, (_, index) => `Person Number${index}`);
    const text = standaloneText({ names, caption: 'word '.repeat(80), place });
    expect(Array.from(text.description).length).toBeLessThanOrEqual(160);
    expect(text.description.endsWith('…')).toBe(true);
  });

  it('titles any moment in at most 60 characters, counting those it cannot name', () => {
    const names = ['Ann Example', 'Bo Example', 'Cy Example', 'Di Example', 'Ed Example'];
    expect(standaloneTitle({ names, place, tag: '2023 VMAs' })).toBe('Ann Example, Bo Example, Cy Example & 2 more · 2023 VMAs');
    expect(standaloneTitle({ names: ['N'.repeat(90)], place, tag: '2023 VMAs' }).length).toBeLessThanOrEqual(60);
  });
});
