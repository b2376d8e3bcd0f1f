import { describe, expect, it, vi } from 'vitest';

// A browser bundle's module: the address of the data file, not the data.
vi.mock('virtual:catalog', () => ({ default: undefined, url: '/assets/catalog-abcdefghij.json' }));

const fresh = async () => {
  vi.resetModules();
  const content = await import('../../../src/content/catalog');
  const { loadCatalog, CatalogLoadError } = await import('../../../src/content/load-catalog');
  return { content, loadCatalog, CatalogLoadError };
};

const catalogue = {
  event: { name: 'Lantern Night', place: 'Port Wren' },
  people: [{ id: 'mira', name: 'Mira Okafor' }],
  awards: [],
  moments: [{ slug: 'mira', number: 1, people: ['mira'], awards: [] }],
};
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
