// The wall: its list, its filters (by clicks, in the address), and coming back to it.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cardName, catalog, momentsAt } from '../../catalogue';
import { momentTitle } from '../../../src/content/catalog';
import type { MomentEntry as Moment } from '../../../src/content/types';
import { paths } from '../../../src/paths';
import { holdApp } from '../support/app-script';
import { setupBrowser, url } from '../support/browser';
import { clickWhereItIs } from '../support/gestures';
import { fades, layoutMotionLoaded, moves, placeNow, placesSeen, startedMotion, watchMotion, watchPlaces } from '../support/motion';
import { address, cardHrefs, control, dialog, expectMoments, expectWall, isChosen, open, settle, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();
const KAROL = '/?person=karol-g';
const KAROL_COLLAB = '/?person=karol-g&award=best-collaboration';
const TAYLOR = '/?person=taylor-swift';
/** What an entrance does: whether there is one, and whether it fades. */
const rules = ({ name, fades }: { name: string; fades: boolean }) => ({ animates: name !== 'none' && name !== '', fades });
const hrefs = (moments: Moment[]) => moments.map((moment) => paths.moment.getHref(moment.slug));

/** Scrolls the last card into view once everything stands still; returns the scroll position. */
async function scrollToLastCard(page: Page): Promise<number> {
  await settle(page);
  await wall(page).links.last().scrollIntoViewIfNeeded();
  await settle(page);
  return page.evaluate(() => window.scrollY);
}

describe('the wall', () => {
  test('is a list named "Moments" of every moment in article order, and says how many', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    const { items, links } = wall(page);
    await expectWall(page, '/');

    // One link per card, to the moment's own address, in the article's order.
    expect(await links.count()).toBe(catalog.moments.length);
    expect(await cardHrefs(page)).toEqual(hrefs(catalog.moments));
    for (let index = 0; index < catalog.moments.length; index++) {
      expect(await items.nth(index).getByRole('link').count(), `card ${index + 1} holds one link`).toBe(1);
    }

    // Each card leads with its people as a heading, holding its one link, named short: its people and number.
    for (const [index, moment] of catalog.moments.entries()) {
      const name = cardName(moment);
      expect(await items.nth(index).getByRole('heading', { level: 2, name, exact: true }).count(), name).toBe(1);
      expect(await items.nth(index).getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
  });

  test('on the first paint the cards rise in without fading (a photo faded in counts as painted only once the fade is over); cards that come back after a filter fade in', async () => {
    const page = await browser.newPage();
    const { release } = await holdApp(page);
    await page.goto(url('/'));
    /** The entrance a card runs (its computed animation-name, which stays once it is over) and whether its keyframes touch opacity. */
    const entrance = (nth: number) =>
      wall(page).items.nth(nth).evaluate((card) => {
        const name = getComputedStyle(card).animationName;
        const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSKeyframesRule => rule instanceof CSSKeyframesRule && rule.name === name);
        return { name, fades: rules.some((rule) => [...rule.cssRules].some((frame) => (frame as CSSKeyframeRule).style.getPropertyValue('opacity') !== '')) };
      });
    expect(rules(await entrance(0)), 'the first card, before the app runs').toEqual({ animates: true, fades: false });
    expect(rules(await entrance(5))).toEqual({ animates: true, fades: false });
    release();
    await waitForApp(page);
    await wall(page).filter('Karol G').click();
    await expect.poll(() => address(page)).toBe(KAROL);
    await wall(page).clear.click();
    await expect.poll(() => address(page)).toBe('/');
    await expectMoments(page, catalog.moments.length);
    const back = catalog.moments.findIndex((moment) => !momentsAt(KAROL).some((shown) => shown.slug === moment.slug));
    expect(rules(await entrance(back)), 'a card back after the filter is cleared').toEqual({ animates: true, fades: true });
  });

  test('has a link per person in a group "People" and per award in a group "Awards", each named by it, none chosen', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    const { people, awards } = wall(page);
    expect(await people.getByRole('link').count()).toBe(catalog.people.length);
    expect(await awards.getByRole('link').count()).toBe(catalog.awards.length);
    for (const person of catalog.people) {
      const link = people.getByRole('link', { name: person.name, exact: true });
      expect(await isChosen(link), person.name).toBe(false);
      expect(await link.getAttribute('href'), person.name).toBe(`/?person=${person.id}`);
    }
    for (const award of catalog.awards) {
      const link = awards.getByRole('link', { name: award.name, exact: true });
      expect(await isChosen(link), award.name).toBe(false);
    }
  });

  test('filters by a person, then an award, in the address; a reload keeps them; one action clears all', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    const { filter, clear } = wall(page);

    await filter('Karol G').click();
    await expectWall(page, KAROL);
    expect(address(page)).toBe(KAROL);
    expect(await isChosen(filter('Karol G'))).toBe(true);

    await filter('Best Collaboration').click();
    await expectWall(page, KAROL_COLLAB);
    expect(new URL(page.url()).searchParams.getAll('award')).toEqual(['best-collaboration']);
    expect(new URL(page.url()).searchParams.getAll('person')).toEqual(['karol-g']);

    await page.reload();
    await expectWall(page, KAROL_COLLAB);
    expect(await isChosen(filter('Karol G'))).toBe(true);
    expect(await isChosen(filter('Best Collaboration'))).toBe(true);
    expect(await cardHrefs(page)).toEqual(hrefs(momentsAt(KAROL_COLLAB)));

    await clear.click();
    await expectWall(page, '/');
    expect(address(page)).toBe('/');
    expect(await isChosen(filter('Karol G'))).toBe(false);
    expect(await isChosen(filter('Best Collaboration'))).toBe(false);
  });

  test('several people show the moments they are in together; several awards show any of them', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    const { filter, links } = wall(page);

    await filter('Taylor Swift').click();
    await expectWall(page, TAYLOR);
    await filter('Selena Gomez').click();
    // PRODUCT.md's own example, kept as a content fact: Taylor Swift and Selena Gomez together are moment 2 alone.
    await expectMoments(page, 1);
    expect(await links.getAttribute('href')).toBe('/moments/taylor-swift-and-selena-gomez/');
    expect(address(page)).toBe('/?person=taylor-swift&person=selena-gomez');

    await wall(page).clear.click();
    await expectWall(page, '/');
    // Awards widen: counted here from the awards themselves, not with the app's filterMoments.
    const withAward = (...ids: string[]) => catalog.moments.filter((moment) => ids.some((id) => moment.awards.includes(id)));
    const pop = withAward('best-pop');
    const popOrAfrobeats = withAward('best-pop', 'best-afrobeats');
    expect(popOrAfrobeats.length, 'a second award must add moments for this test to mean anything').toBeGreaterThan(pop.length);
    await filter('Best Pop').click();
    await expectMoments(page, pop.length);
    expect(await cardHrefs(page)).toEqual(hrefs(pop));
    await filter('Best Afrobeats').click();
    await expectMoments(page, popOrAfrobeats.length);
    expect(await cardHrefs(page)).toEqual(hrefs(popOrAfrobeats));
  });

  test('an option that would give no moment is still seen, dimmed, and cannot be chosen', async () => {
    const page = await browser.newPage();
    expect(momentsAt(`${KAROL}&person=taylor-swift`), 'no moment has Karol G and Taylor Swift together').toEqual([]);
    await open(page, KAROL);
    await expectWall(page, KAROL);
    const taylor = wall(page).filter('Taylor Swift');
    expect(await taylor.isVisible()).toBe(true);
    expect(await taylor.getAttribute('aria-disabled')).toBe('true');
    expect(await taylor.getAttribute('href'), 'it leads nowhere').toBeNull();
    await taylor.click({ force: true });
    await expectWall(page, KAROL);
    expect(address(page)).toBe(KAROL);
  });

  test('a filtered address opened cold shows that filter', async () => {
    const page = await browser.newPage();
    await open(page, TAYLOR);
    await expectWall(page, TAYLOR);
    expect(await isChosen(wall(page).filter('Taylor Swift'))).toBe(true);
  });

  test('an unknown filter value is ignored, and a notice says so', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=nobody');
    await expectWall(page, '/');
    await expect.poll(() => page.getByText(/nobody/).first().isVisible()).toBe(true);
    for (const person of catalog.people) {
      expect(await isChosen(wall(page).filter(person.name))).toBe(false);
    }
  });

  test('back from a moment opened on a filtered wall: same filter, same cards, same scroll position', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await open(page, '/');
    await wall(page).filter('Taylor Swift').click();
    await expectWall(page, TAYLOR);
    const before = address(page);

    const scrollY = await scrollToLastCard(page);
    expect(scrollY, 'the wall must be scrolled down for this test to mean anything').toBeGreaterThan(100);
    await clickWhereItIs(page, wall(page).links.last());
    const last = momentsAt(TAYLOR).at(-1)!;
    await expect.poll(() => address(page)).toBe(paths.moment.getHref(last.slug));
    const title = momentTitle(last);
    await expect.poll(() => page.getByRole('heading', { name: title, exact: true }).isVisible()).toBe(true);

    await page.goBack();
    await expect.poll(() => address(page)).toBe(before);
    await expect.poll(() => dialog(page).count()).toBe(0);
    await expectWall(page, TAYLOR);
    expect(await isChosen(wall(page).filter('Taylor Swift'))).toBe(true);
    await settle(page);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThanOrEqual(4);
  });

  test('the moment dialog leaves the wall where it was when closed with its Close button', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await open(page, TAYLOR);
    await expectWall(page, TAYLOR);
    const scrollY = await scrollToLastCard(page);
    expect(scrollY).toBeGreaterThan(100);
    await clickWhereItIs(page, wall(page).links.last());
    await control(dialog(page), 'Close').click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(address(page)).toBe(TAYLOR);
    await settle(page);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThanOrEqual(4);
  });
});

describe('motion', () => {
  // Choosing Taylor Swift: her last moment moves up to a new place, the first moment without her leaves.
  const taylors = momentsAt(TAYLOR);
  const moving = taylors.findLast((moment, place) => catalog.moments.indexOf(moment) !== place)!.slug;
  const leaving = catalog.moments.find((moment) => !taylors.includes(moment))!.slug;

  test('changing filters animates: leaving cards fade out, the rest glide to their new places', async () => {
    const page = await browser.newPage({ reducedMotion: 'no-preference' });
    await open(page, '/');
    await settle(page);
    await watchMotion(page);
    await wall(page).filter('Taylor Swift').click();
    await expectWall(page, TAYLOR);
    const started = await startedMotion(page);
    const seen = JSON.stringify(started.filter((record) => record.slug === moving || record.slug === leaving));
    expect(started.some((record) => record.slug === leaving && !record.art && fades(record)), `the leaving card fades: ${seen}`).toBe(true);
    expect(started.some((record) => record.slug === moving && !record.art && moves(record)), `the staying card glides: ${seen}`).toBe(true);
  });

  test('with prefers-reduced-motion, cards do not glide: they are at once in their new places', async () => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    await open(page, '/');
    await layoutMotionLoaded(page);
    await settle(page);
    const card = `[data-slug="${moving}"]`;
    const before = await placeNow(page, card);
    await watchMotion(page);
    await watchPlaces(page, card);
    await wall(page).filter('Taylor Swift').click();
    await expectMoments(page, 4);
    await settle(page);
    // A jump writes where the card was once, then nothing; a glide writes the ways between.
    const written = new Set((await startedMotion(page)).filter((record) => record.slug === moving && moves(record)).map((record) => record.from));
    expect(written.size, `the staying card is never shown between two places: ${[...written].join(' | ')}`).toBeLessThanOrEqual(1);
    // Seen frame by frame: where it was, then where it ends, and nowhere between. (Nothing seen,
    // or a card that never moved, fails here: either would prove nothing.)
    const after = await placeNow(page, card);
    expect(before, 'the card is on the wall before the filter').not.toBeNull();
    expect(after, 'the card has a new place in the filtered wall').not.toBe(before);
    expect(await placesSeen(page), 'every place the staying card was drawn in, frame by frame').toEqual([before, after]);
    expect(await page.locator(card).evaluate((element) => getComputedStyle(element).transform), 'and ends in place').toBe('none');
  });
});
