import { describe, expect, it, vi } from 'vitest';

// A browser bundle's module: the address of the data file, not the data.
vi.mock('virtual:catalog', () => ({ default: undefined, url: '/assets/catalog-abcdefghij.json' }));

const fresh = async () => {
  vi.resetModules();
  const content = await import('../../../src/content/catalog');
  const words = await import('../../../src/content/words');
  const { loadCatalog, loadChunk, CatalogLoadError } = await import('../../../src/content/load-catalog');
  const { loadEveryChunk } = await import('../../../src/content/load-every-chunk');
  return { content, words, loadCatalog, loadChunk, loadEveryChunk, CatalogLoadError };
};

const catalogue = {
  event: { name: 'Lantern Night', place: 'Port Wren' },
  people: [{ id: 'mira', name: 'Mira Okafor' }],
  awards: [],
  moments: [{ slug: 'mira', number: 1, people: ['mira'], awards: [] }],
  chunks: ['/assets/words-1-abcdefghij.json'],
};

/** A head of 250 moments (three chunks of words: 1–100, 101–200, 201–250) and a server for its files. */
const moments = Array.from({ length: 250 }, (_, index) => ({ slug: `m-${index + 1}`, number: index + 1, people: ['mira'], awards: [] }));
const chunkUrls = ['/assets/words-1-a.json', '/assets/words-101-b.json', '/assets/words-201-c.json'];
const head = { ...catalogue, moments, chunks: chunkUrls };
const wordsOfChunk = (index: number) =>
  moments.slice(index * 100, index * 100 + 100).map((moment) => ({ caption: `Caption ${moment.number}`, alt: `Alt ${moment.number}`, credit: { photographer: 'P', agency: 'A' } }));
/** Answers each file of `head`; `broken` chunks fail (HTTP 503) while it holds them. */
function server(broken = new Set<number>()) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const chunk = chunkUrls.indexOf(url);
    if (chunk === -1) return new Response(JSON.stringify(head));
    if (broken.has(chunk)) return new Response('Unavailable', { status: 503 });
    return new Response(JSON.stringify(wordsOfChunk(chunk)));
  });
}
const requested = (fetchFile: ReturnType<typeof server>) => fetchFile.mock.calls.map(([input]) => String(input));
const answer = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

describe('loadCatalog: the browser fetches the moments before the first render', () => {
  it('fetches the data file once and sets the synchronous accessors', async () => {
    const { content, loadCatalog } = await fresh();
    expect(content.hasCatalog()).toBe(false);
    const fetchFile = answer(JSON.stringify(catalogue));
    await loadCatalog(fetchFile);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile).toHaveBeenCalledWith('/assets/catalog-abcdefghij.json');
    expect(content.catalog.moments).toHaveLength(1);
    expect(content.getMoment('mira')?.number).toBe(1);
    expect(content.event.place).toBe('backstage at the Lantern Night');
    expect(content.exampleMoment?.slug).toBe('mira');
    await loadCatalog(fetchFile);
    expect(fetchFile).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a missing file', answer('Not found', 404), 'could not be fetched: HTTP 404'],
    ['a cut file', answer('{"event":{"name"'), 'are not valid JSON'],
    ['a page that is not a catalogue', answer('{"moments":"none"}'), 'are not a catalogue'],
    ['a failed connection', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), 'could not be fetched: the connection failed'],
  ])('answers %s with a CatalogLoadError naming the file, and sets nothing', async (_, fetchFile, message) => {
    const { content, loadCatalog, CatalogLoadError } = await fresh();
    const failure = loadCatalog(fetchFile as unknown as typeof fetch);
    await expect(failure).rejects.toBeInstanceOf(CatalogLoadError);
    await expect(failure).rejects.toThrow(`the moments (/assets/catalog-abcdefghij.json) ${message}`);
    expect(content.hasCatalog()).toBe(false);
  });
});

describe('the moments\' words come in chunks of 100, each fetched once', () => {
  it('the head names the chunks; a chunk asked for twice at once is one request, and its words are kept', async () => {
    const { content, words, loadCatalog, loadChunk } = await fresh();
    const fetchFile = server();
    await loadCatalog(fetchFile);
    expect(content.wordChunks).toEqual(chunkUrls);
    expect(words.wordsOf({ number: 150 })).toBeUndefined();
    const heard = vi.fn();
    words.subscribeWords(heard);
    await Promise.all([loadChunk(1, fetchFile), loadChunk(1, fetchFile)]);
    expect(requested(fetchFile)).toEqual(['/assets/catalog-abcdefghij.json', chunkUrls[1]]);
    expect(words.wordsOf({ number: 101 })?.caption).toBe('Caption 101');
    expect(words.wordsOf({ number: 200 })?.alt).toBe('Alt 200');
    expect(words.wordsOf({ number: 201 })).toBeUndefined();
    expect(words.wordsCount()).toBe(100);
    expect(heard).toHaveBeenCalledTimes(1);
    await loadChunk(1, fetchFile);
    expect(requested(fetchFile)).toHaveLength(2);
  });

  it('a failed chunk rejects naming its file, keeps nothing, and is fetched afresh when asked again', async () => {
    const { words, loadCatalog, loadChunk, CatalogLoadError } = await fresh();
    const broken = new Set([2]);
    const fetchFile = server(broken);
    await loadCatalog(fetchFile);
    const failure = loadChunk(2, fetchFile);
    await expect(failure).rejects.toBeInstanceOf(CatalogLoadError);
    await expect(failure).rejects.toThrow(`the captions (${chunkUrls[2]}) could not be fetched: HTTP 503`);
    expect(words.wordsOf({ number: 250 })).toBeUndefined();
    broken.clear();
    await loadChunk(2, fetchFile);
    expect(words.wordsOf({ number: 250 })?.caption).toBe('Caption 250');
    expect(requested(fetchFile).filter((url) => url === chunkUrls[2])).toHaveLength(2);
  });

  it('a chunk that is not the captions of its moments (too short, a foreign file) is refused', async () => {
    const { words, loadCatalog, loadChunk } = await fresh();
    await loadCatalog(server());
    const short = vi.fn(async () => new Response(JSON.stringify(wordsOfChunk(0).slice(1))));
    await expect(loadChunk(0, short)).rejects.toThrow(`the captions (${chunkUrls[0]}) are not the captions of moments 1 to 100`);
    const foreign = vi.fn(async () => new Response('{"error":"login"}'));
    await expect(loadChunk(2, foreign)).rejects.toThrow('are not the captions of moments 201 to 250');
    expect(words.wordsCount()).toBe(0);
  });

  it('in the background: the chunks asked first come first, then the rest; a failure is said, tried again, and cleared', async () => {
    const { words, loadCatalog, loadEveryChunk } = await fresh();
    const broken = new Set([0]);
    const fetchFile = server(broken);
    await loadCatalog(fetchFile);
    // Chunk 2 is asked first, then the rest in order, two at a time; chunk 0 fails until the retry.
    const wait = vi.fn((attempt: number) => {
      expect(words.wordsTrouble()).toBe('one chunk of captions did not come; trying again');
      broken.clear();
      return attempt;
    });
    await loadEveryChunk([2], 2, fetchFile, wait);
    expect(wait).toHaveBeenCalledTimes(1);
    const urls = requested(fetchFile).slice(1);
    expect(urls[0]).toBe(chunkUrls[2]);
    expect(new Set(urls)).toEqual(new Set(chunkUrls));
    expect(words.wordsCount()).toBe(250);
    expect(words.wordsTrouble()).toBeUndefined();
  });

  it.each([1, 2, 3])('asks for %i chunks at a time, never more', async (parallel) => {
    const { words, loadCatalog, loadEveryChunk } = await fresh();
    const files = server();
    await loadCatalog(files);
    let open = 0;
    let most = 0;
    const fetchFile = vi.fn(async (input: RequestInfo | URL) => {
      most = Math.max(most, ++open);
      // Every request waits a turn, so that those asked together are open together.
      await new Promise((resolve) => setTimeout(resolve, 0));
      open -= 1;
      return files(input);
    });
    await loadEveryChunk([], parallel, fetchFile);
    expect(most).toBe(parallel);
    expect(words.wordsCount()).toBe(250);
  });
});
