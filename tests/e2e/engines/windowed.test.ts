// The windowed wall (issue 21) in every engine: a catalogue of 1,000 moments (support/large-site.ts,
// built once per run) keeps only the cards near the screen in the page; scrolled far, the cards in
// the page are the catalogue's, in order, and the page stays small; a far card opened and closed
// by Escape gives its focus back, in view, and Tab goes on from it; End reaches the last moment.
// Without the app's script, the pager under the wall's first cards leads to every page (/page/N/).
import { expect } from 'vitest';
import { PAGE_SIZE, pageCount } from '../../../src/domain/pages';
import { paths } from '../../../src/paths';
import type { Tab } from '../support/engines/driver';
import { withoutAppScript } from '../support/engines/script-gate';
import { forEachEngine } from '../support/engines/session';
import { CARDS, DIALOG } from '../support/engines/screen';
import { LARGE_MAX_ELEMENTS, LARGE_SIZE, largeCardName, largeCatalog, serveLargeSite } from '../support/large-site';

const large = serveLargeSite();
const moments = largeCatalog.moments;
const hrefOf = (index: number) => paths.moment.getHref(moments[index]!.slug);
const indexOf = (href: string | null) => moments.findIndex((moment) => paths.moment.getHref(moment.slug) === href);

/** The cards' links in the page, in order; the first one wholly in the window; the page's element count. */
const look = (tab: Tab) =>
  tab.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('ul[aria-label="Moments"] > li a[href]')];
    const inView = links.find((link) => link.getBoundingClientRect().top >= 0 && link.getBoundingClientRect().bottom <= innerHeight);
    return {
      hrefs: links.map((link) => link.getAttribute('href')),
      inView: inView?.getAttribute('href') ?? null,
      elements: document.getElementsByTagName('*').length,
      scrollY: Math.round(scrollY),
    };
  });

const PAGER = { role: 'navigation', name: 'Pages of moments' } as const;
const pagerLink = (name: string) => ({ role: 'link', name, within: PAGER }) as const;
const pageHrefs = (page: number) => moments.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((moment) => paths.moment.getHref(moment.slug));

forEachEngine((run) => {
  run('without the app’s script, the wall’s pager leads page by page to every moment: Next, a page’s number, Previous', async (tab) => {
    const last = pageCount(LARGE_SIZE);
    const gate = await withoutAppScript(new URL(large.url('/')).origin);
    try {
      await tab.goto('/', gate.origin);
      expect(await tab.attributes(CARDS, 'href'), `${tab.engine}: the wall's first cards`).toEqual(pageHrefs(1));
      await tab.click(pagerLink('Next page'));
      await expect.poll(() => tab.address(), { message: `${tab.engine}: Next page` }).toBe(paths.page.getHref(2));
      expect(await tab.texts({ role: 'heading', level: 1 })).toEqual([`Moments ${PAGE_SIZE + 1} to ${2 * PAGE_SIZE} of ${LARGE_SIZE}`]);
      expect(await tab.attributes(CARDS, 'href'), `${tab.engine}: page 2's cards`).toEqual(pageHrefs(2));
      await tab.click(pagerLink(`Page ${last}`));
      await expect.poll(() => tab.address(), { message: `${tab.engine}: the last page` }).toBe(paths.page.getHref(last));
      expect((await tab.attributes(CARDS, 'href')).at(-1), `${tab.engine}: the last moment`).toBe(hrefOf(LARGE_SIZE - 1));
      await tab.click(pagerLink('Previous page'));
      await expect.poll(() => tab.address(), { message: `${tab.engine}: Previous page` }).toBe(paths.page.getHref(last - 1));
      expect(await tab.attributes(CARDS, 'href')).toEqual(pageHrefs(last - 1));
      expect(gate.withheld, `${tab.engine}: the app's script was asked for, and withheld`).toBeGreaterThan(0);
    } finally {
      await gate.close();
    }
  });

  run('a wall of 1,000 moments scrolled far holds a few cards, in order; a far card opened and closed keeps focus; End reaches the last', async (tab) => {
    await tab.goto(large.url('/'));
    await tab.waitForApp();
    await expect
      .poll(() => tab.evaluate(() => document.documentElement.scrollHeight), { message: `${tab.engine}: the page is as long as the whole wall` })
      .toBeGreaterThan(50_000);

    const elements: number[] = [];
    let seen = { hrefs: [] as (string | null)[], inView: null as string | null, elements: 0, scrollY: 0 };
    for (let far = 1; far <= 3; far++) {
      await tab.evaluate(() => window.scrollBy({ top: 30_000, behavior: 'instant' }));
      await expect
        .poll(
          async () => {
            seen = await look(tab);
            return seen.inView !== null && indexOf(seen.inView) > 30 * far;
          },
          { message: `${tab.engine}: scrolled ${far * 30_000} px, a card far down the wall is in view` },
        )
        .toBe(true);
      const start = indexOf(seen.hrefs[0]!);
      expect(seen.hrefs, `${tab.engine}: the cards in the page are the catalogue's, in order, none missing`).toEqual(seen.hrefs.map((_, at) => hrefOf(start + at)));
      elements.push(seen.elements);
    }
    expect(Math.max(...elements), `${tab.engine}: elements in the page (${elements.join(', ')})`).toBeLessThanOrEqual(LARGE_MAX_ELEMENTS);

    // The far card in view, opened with a click and closed by Escape.
    const index = indexOf(seen.inView);
    await tab.click({ role: 'link', name: largeCardName(moments[index]!), within: { role: 'list', name: 'Moments' } });
    await expect.poll(() => tab.address(), { message: `${tab.engine}: the far moment's address` }).toBe(hrefOf(index));
    await expect.poll(() => tab.count(DIALOG), { message: `${tab.engine}: the dialog opens` }).toBe(1);
    await tab.press('Escape');
    await expect.poll(() => tab.count(DIALOG), { message: `${tab.engine}: Escape closes the dialog` }).toBe(0);
    expect(await tab.address()).toBe('/');
    await expect.poll(async () => (await tab.focused()).href, { message: `${tab.engine}: focus back on the far card` }).toBe(hrefOf(index));
    expect((await look(tab)).hrefs, `${tab.engine}: the far card is still in the page`).toContain(hrefOf(index));
    await tab.press('Tab');
    await expect.poll(async () => (await tab.focused()).href, { message: `${tab.engine}: Tab goes on to the next card` }).toBe(hrefOf(index + 1));

    await tab.press('End');
    await expect.poll(async () => (await tab.attributes(CARDS, 'href')).at(-1), { message: `${tab.engine}: End shows the last moment` }).toBe(hrefOf(LARGE_SIZE - 1));
  });
});
