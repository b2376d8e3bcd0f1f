import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalogue';
import { syntheticCatalog } from '../../../scripts/measure/synthetic-catalog.mjs';
import { cardTags, facetOptions, filterMoments, hasFilters, noFilters, prepareSearch, rejectedCardsSelector, toggle, type FacetKind, type Faceted, type Filters } from '../../../src/domain/filters';
import { scanMoments, scanOptions } from './filter-oracle';

const numbers = (people: string[], awards: string[] = [], search?: string) =>
  filterMoments(catalog, { people, awards, search }).map((moment) => moment.number);

describe('filterMoments', () => {
  it('shows every moment without filters', () => {
    expect(numbers([])).toHaveLength(19);
  });

  it('shows the moments a person is in', () => {
    expect(numbers(['karol-g'])).toEqual([9, 10, 11]);
  });

  it('shows the moments several people are in together', () => {
    expect(numbers(['taylor-swift', 'selena-gomez'])).toEqual([2]);
    expect(numbers(['taylor-swift', 'karol-g'])).toEqual([]);
  });

  it('shows the moments of any of several awards', () => {
    expect(numbers([], ['best-pop', 'global-icon'])).toEqual([16, 18]);
  });

  it('needs a person and an award to match together', () => {
    expect(numbers(['shakira'], ['best-collaboration'])).toEqual([9]);
    expect(numbers(['shakira'], ['best-pop'])).toEqual([]);
  });

  it('finds nothing for an id nobody has', () => {
    expect(numbers(['nobody'])).toEqual([]);
  });

  it('searches the captions, and the names of the people and awards, in any case and accents', () => {
    expect(numbers([], [], 'renee')).toEqual(numbers(['renee-rapp']));
    expect(numbers([], [], 'RENEÉ RAPP')).toEqual(numbers(['renee-rapp']));
    expect(numbers([], [], 'afrobeats')).toEqual(numbers([], ['best-afrobeats']));
    const stage = {
      people: [{ id: 'beyonce', name: 'Beyoncé' }],
      awards: [{ id: 'icon', name: 'Global Icon Award' }],
      moments: [
        { people: [], awards: [], caption: 'Nobody here.' },
        { people: ['beyonce'], awards: [], caption: 'She waved.' },
        { people: [], awards: ['icon'], caption: 'Beyoncé’s dancers rehearsed.' },
      ],
    };
    const found = (search: string) => filterMoments(stage, { ...noFilters, search }).map((moment) => stage.moments.indexOf(moment));
    expect(found('BEYONCE')).toEqual([1, 2]);
    expect(found('beyonces dancers')).toEqual([2]);
    expect(found('icon')).toEqual([2]);
    expect(found('  waved   she ')).toEqual([1]);
  });

  it('needs every word of a search, each starting a word, and the filters too', () => {
    const taylor = numbers(['taylor-swift']);
    expect(numbers([], [], 'tay swi')).toEqual(expect.arrayContaining(taylor));
    expect(numbers([], [], 'taylor zzzz')).toEqual([]);
    expect(numbers([], [], 'aylor')).toEqual([]);
    expect(numbers(['taylor-swift'], [], 'selena')).toEqual([2]);
    expect(numbers(['karol-g'], ['best-collaboration'], 'shakira')).toEqual([9]);
  });

  it('narrows nothing for a search with no letter or digit', () => {
    expect(numbers([], [], '  !!! — ')).toHaveLength(19);
  });
});

describe('toggle', () => {
  it('adds and removes an id, in catalogue order whatever the clicking order', () => {
    const once = toggle(catalog, noFilters, 'people', 'selena-gomez');
    const twice = toggle(catalog, once, 'people', 'taylor-swift');
    expect(twice.people).toEqual(['taylor-swift', 'selena-gomez']);
    expect(toggle(catalog, twice, 'people', 'taylor-swift').people).toEqual(['selena-gomez']);
    expect(hasFilters(toggle(catalog, once, 'people', 'selena-gomez'))).toBe(false);
  });
});

describe('facetOptions', () => {
  it('counts what choosing each option would give', () => {
    const { people, awards } = facetOptions(catalog, noFilters);
    expect(people.find((option) => option.id === 'taylor-swift')).toMatchObject({ count: 4, disabled: false });
    expect(awards.find((option) => option.id === 'best-pop')).toMatchObject({ count: 1, selected: false });
  });

  it('dims the options that would leave nothing, never the chosen ones', () => {
    const { people, awards } = facetOptions(catalog, { people: ['karol-g'], awards: [] });
    expect(people.find((option) => option.id === 'karol-g')).toMatchObject({ selected: true, count: 3, disabled: false });
    expect(people.find((option) => option.id === 'shakira')).toMatchObject({ count: 1, disabled: false });
    expect(people.find((option) => option.id === 'taylor-swift')).toMatchObject({ count: 0, disabled: true });
    // Awards widen: adding one more to Karol G's keeps what matches either.
    expect(awards.find((option) => option.id === 'best-collaboration')).toMatchObject({ count: 1, disabled: false });
    expect(awards.find((option) => option.id === 'best-pop')).toMatchObject({ count: 0, disabled: true });
  });
});

describe('the order of people', () => {
  it('puts the people with the most moments first, ties in order of first appearance', () => {
    const { people } = facetOptions(catalog, noFilters);
    expect(people.slice(0, 4).map((option) => option.name)).toEqual(['Taylor Swift', 'Karol G', 'Kelsea Ballerini', 'Chase Stokes']);
    expect(people.slice(4, 6).map((option) => option.name)).toEqual(['Shakira', 'Selena Gomez']);
    const counts = people.map((option) => option.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(people).toHaveLength(catalog.people.length);
  });

  it('stays the same whatever is chosen, so options do not jump about', () => {
    const order = (people: string[]) => facetOptions(catalog, { people, awards: [] }).people.map((option) => option.id);
    expect(order(['karol-g'])).toEqual(order([]));
  });
});

describe('rejectedCardsSelector', () => {
  // Cards as the wall renders them: their people and awards in data attributes.
  function wallOf() {
    const list = document.createElement('ul');
    for (const moment of catalog.moments) {
      const card = document.createElement('li');
      card.dataset.slug = moment.slug;
      card.setAttribute(cardTags.people, moment.people.join(' '));
      card.setAttribute(cardTags.awards, moment.awards.join(' '));
      list.append(card);
    }
    return list;
  }

  it('selects exactly the cards filterMoments leaves out, for every person, award and pair', () => {
    const list = wallOf();
    const ids = (kind: 'people' | 'awards') => catalog[kind].map((entry) => entry.id);
    const cases: Filters[] = [
      ...ids('people').map((id) => ({ people: [id], awards: [] })),
      ...ids('awards').map((id) => ({ people: [], awards: [id] })),
      ...ids('awards').flatMap((a) => ids('awards').map((b) => ({ people: [], awards: [a, b] }))),
      ...ids('people').flatMap((person) => [
        { people: [person, 'taylor-swift'], awards: [] },
        { people: [person], awards: ['best-collaboration', 'video-vanguard'] },
      ]),
    ];
    for (const filters of cases) {
      const rejected = [...list.querySelectorAll<HTMLElement>(rejectedCardsSelector('li', filters))].map((card) => card.dataset.slug);
      const shown = filterMoments(catalog, filters);
      const expected = catalog.moments.filter((moment) => !shown.includes(moment)).map((moment) => moment.slug);
      expect(rejected, JSON.stringify(filters)).toEqual(expected);
    }
  });

  it('selects nothing without filters', () => {
    expect(rejectedCardsSelector('li', noFilters)).toBe('');
  });

  it('selects every card under a search, which no selector can answer', () => {
    expect(rejectedCardsSelector('li', { people: ['taylor-swift'], awards: [], search: 'hug' })).toBe('li');
  });
});

// Thousands of scans: quick, but slower on a busy machine; never stuck.
describe('the index against a scan of every moment', { timeout: 20_000 }, () => {
  /** A seeded random number generator (mulberry32): the same selections on every run. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /**
   * Random selections of known ids, and of ids an address may carry but no one has; half with a
   * search: the start of a word or two of some moment's caption or names, in another case, or a
   * word no moment has.
   */
  function selections(subject: Faceted, runs: number): Filters[] {
    const next = random(12);
    const pick = (ids: string[], most: number) => ids.filter(() => next() < most / ids.length);
    const ids = (kind: FacetKind) => [...subject[kind].map((entry) => entry.id), `not-a-${kind}`];
    const texts = [...subject.moments.map((moment) => moment.caption), ...subject.people.map((person) => person.name), ...subject.awards.map((award) => award.name)];
    const someWord = () => {
      const words = (texts[Math.floor(next() * texts.length)] ?? 'nothing').split(/\s+/);
      const word = words[Math.floor(next() * words.length)] ?? '';
      return word.slice(0, 1 + Math.floor(next() * word.length));
    };
    const search = (run: number) =>
      run % 2 === 0 ? undefined : run % 7 === 1 ? 'zzqx' : [someWord(), ...(run % 3 === 0 ? [someWord().toUpperCase()] : [])].join(' ');
    return Array.from({ length: runs }, (_, run) => ({ people: pick(ids('people'), run % 3), awards: pick(ids('awards'), run % 4), search: search(run) }));
  }

  const synthetic = syntheticCatalog(200);
  // The shipped 19 moments; 32 and 1000 end on and off a 32-bit word; 0 moments leave nothing.
  it.each([
    ['the shipped catalogue', catalog, 150],
    ['a synthetic catalogue of 32 moments', syntheticCatalog(32), 150],
    ['a synthetic catalogue of 200 moments', synthetic, 150],
    ['a synthetic catalogue of 1000 moments', syntheticCatalog(1000), 60],
    ['a catalogue without moments', syntheticCatalog(0), 20],
  ] as const)('shows the same moments, with the same counts, dimming and order of options, on random selections of %s', (_, subject, runs) => {
    for (const filters of selections(subject, runs)) {
      expect(filterMoments(subject, filters), JSON.stringify(filters)).toEqual(scanMoments(subject, filters));
      expect(facetOptions(subject, filters), JSON.stringify(filters)).toEqual(scanOptions(subject, filters));
    }
  });

  it('searches the same when its texts were made ready ahead, in steps, part of the way or all of it', () => {
    const subject = syntheticCatalog(320);
    const searches = selections(subject, 60).filter((filters) => filters.search !== undefined);
    expect(prepareSearch(subject, 100), '100 of 320').toBe(false);
    expect(prepareSearch(subject, 100), '200 of 320').toBe(false);
    // A search now builds the last 120 itself.
    for (const filters of searches.slice(0, 10)) expect(filterMoments(subject, filters), JSON.stringify(filters)).toEqual(scanMoments(subject, filters));
    expect(prepareSearch(subject, 100), 'every one is ready').toBe(true);
    const whole = syntheticCatalog(64);
    expect(prepareSearch(whole, 1_000), 'all at once').toBe(true);
    for (const filters of [...searches, ...selections(whole, 20)]) expect(filterMoments(whole, filters), JSON.stringify(filters)).toEqual(scanMoments(whole, filters));
  });

  it('searches the captions that are here, names always, and answers afresh as more captions come', () => {
    const whole = syntheticCatalog(320);
    // The browser's moments come without captions; theirs come in chunks (src/content/words.ts).
    const bare = whole.moments.map(({ caption: _caption, ...moment }) => moment);
    let here = 100;
    const byNumber = new Map(whole.moments.map((moment) => [moment.number, moment.caption]));
    const partial: Faceted<(typeof bare)[number]> = {
      people: whole.people,
      awards: whole.awards,
      moments: bare,
      captions: { of: (moment) => (moment.number <= here ? byNumber.get(moment.number) : undefined), count: () => here },
    };
    const searches = selections(whole, 80).filter((filters) => filters.search !== undefined);
    const known = (count: number): Faceted<(typeof whole.moments)[number]> => ({ ...whole, moments: whole.moments.map((moment) => (moment.number <= count ? moment : { ...moment, caption: '' })) });
    const asOf = (count: number, filters: Filters) => scanMoments(known(count), filters).map((moment) => moment.number);
    const shown = (filters: Filters) => filterMoments(partial, filters).map((moment) => moment.number);
    expect(prepareSearch(partial, 1_000)).toBe(true);
    for (const filters of searches) expect(shown(filters), `100 captions: ${JSON.stringify(filters)}`).toEqual(asOf(100, filters));
    here = 320;
    // The 220 texts built without a caption are built again in steps, ahead of the next search.
    expect(prepareSearch(partial, 100), '100 of 220 built again').toBe(false);
    expect(prepareSearch(partial, 100), '200 of 220').toBe(false);
    expect(prepareSearch(partial, 100), 'all of them').toBe(true);
    for (const filters of searches) expect(shown(filters), `all: ${JSON.stringify(filters)}`).toEqual(asOf(320, filters));
    // A search that comes before the steps are done builds the rest itself.
    here = 100;
    const fresh: typeof partial = { ...partial, moments: bare.map((moment) => ({ ...moment })) };
    expect(prepareSearch(fresh, 1_000)).toBe(true);
    here = 320;
    expect(prepareSearch(fresh, 50)).toBe(false);
    for (const filters of searches) expect(filterMoments(fresh, filters).map((moment) => moment.number), `early: ${JSON.stringify(filters)}`).toEqual(asOf(320, filters));
    expect(searches.some((filters) => asOf(100, filters).length < asOf(320, filters).length), 'some search finds more once every caption is here').toBe(true);
  });

  it('is tested on selections that leave some moments and some none', () => {
    const counts = facetOptions(synthetic, { people: ['taylor-swift'], awards: [] }).people.map((option) => option.count);
    expect(counts.some((count) => count === 0)).toBe(true);
    expect(counts.some((count) => count > 1)).toBe(true);
    expect(synthetic.moments).toHaveLength(200);
    expect(synthetic.people).toHaveLength(60);
    expect(synthetic.awards).toHaveLength(12);
    const shown = selections(synthetic, 150).map((filters) => filterMoments(synthetic, filters).length);
    expect(shown.some((count) => count === 0)).toBe(true);
    expect(shown.some((count) => count > 1 && count < 200)).toBe(true);
    const searched = selections(synthetic, 150).filter((filters) => filters.search !== undefined && filters.people.length === 0 && filters.awards.length === 0);
    const found = searched.map((filters) => filterMoments(synthetic, filters).length);
    expect(found.some((count) => count === 0), 'some search finds nothing').toBe(true);
    expect(found.some((count) => count > 1 && count < 200), 'some search finds some').toBe(true);
  });
});
