import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAwards, getPeople } from '../../../src/content/catalog';
import { catalog } from '../../catalogue';

/** The article, as BuzzFeed published it: "N. caption", then the image description, then the credit. */
const article = readFileSync(resolve(process.cwd(), 'tests/fixtures/article.txt'), 'utf8');

const decodeEntities = (text: string) =>
  text.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&amp;/g, '&');

function parseArticle(text: string) {
  const lines = text.split('\n').map((line) => line.trim());
  const entries = [];
  for (let i = 0; i < lines.length; i += 1) {
    const numbered = /^(\d+)\. (.+)$/.exec(lines[i]!);
    if (!numbered) continue;
    const [description, credit] = lines.slice(i + 1).filter(Boolean);
    const [photographer, agency] = credit!.split(' / ');
    entries.push({ number: Number(numbered[1]), caption: numbered[2], alt: decodeEntities(description!), photographer, agency });
  }
  return entries;
}

const seed = parseArticle(article);

describe('the content, against the article', () => {
  it('has all 19 moments, in the article order and numbering', () => {
    expect(seed).toHaveLength(19);
    expect(catalog.moments.map((moment) => moment.number)).toEqual(seed.map((entry) => entry.number));
  });

  it.each(seed)('moment $number has the caption and credit word for word', (entry) => {
    const moment = catalog.moments[entry.number - 1]!;
    expect(moment.caption).toBe(entry.caption);
    expect(moment.credit).toEqual({ photographer: entry.photographer, agency: entry.agency });
  });

  it.each(seed.filter((entry) => entry.number !== 18))('moment $number has the description as alt text, decoded', (entry) => {
    expect(catalog.moments[entry.number - 1]!.alt).toBe(entry.alt);
    expect(catalog.moments[entry.number - 1]!.alt).not.toMatch(/&#?\w+;/);
  });

  it('corrects "Kim" to "King" in moment 18 and keeps a note saying so', () => {
    const moment = catalog.moments[17]!;
    expect(seed[17]!.alt).toContain('Kim');
    expect(moment.alt).toBe(seed[17]!.alt.replace('Kim', 'King'));
    expect(moment.altNote).toMatch(/Kim/);
  });
});

describe('who and what each moment names', () => {
  const names = (number: number) => getPeople(catalog.moments[number - 1]!).map((person) => person.name);

  it('pictures Shakira with her sons in moment 1', () => {
    expect(names(1)).toEqual(['Shakira', 'Milan', 'Sasha']);
  });

  it('pictures NSYNC, not Taylor Swift, in moment 16', () => {
    expect(names(16)).toEqual(['NSYNC']);
  });

  it('uses one id for Halle Bailey whether the caption says Halle or Halle Bailey', () => {
    expect(catalog.moments.filter((moment) => moment.people.includes('halle-bailey')).map((m) => m.number)).toEqual([5, 6]);
  });

  it('names only the categories the captions name, and none for the Moon People', () => {
    expect(catalog.awards.map((award) => award.name)).toEqual([
      'Video Vanguard Award',
      'Best Afrobeats',
      'Best New Artist',
      'Best Collaboration',
      'Best Pop',
      'Global Icon Award',
    ]);
    const withAwards = catalog.moments.filter((moment) => moment.awards.length > 0);
    expect(withAwards.map((moment) => [moment.number, getAwards(moment).map((award) => award.name)])).toEqual([
      [1, ['Video Vanguard Award']],
      [3, ['Best Afrobeats']],
      [7, ['Best New Artist']],
      [9, ['Best Collaboration']],
      [16, ['Best Pop']],
      [18, ['Global Icon Award']],
    ]);
    expect(catalog.moments[18]).toMatchObject({ awards: [], trophyNote: 'Moon People' });
  });

  it('gives every person one display name and uses every person', () => {
    const used = new Set(catalog.moments.flatMap((moment) => moment.people));
    expect(catalog.people.filter((person) => !used.has(person.id))).toEqual([]);
    expect(new Set(catalog.people.map((person) => person.name)).size).toBe(catalog.people.length);
  });
});
