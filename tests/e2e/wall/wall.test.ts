// The wall: its list, its filters (by clicks, in the address), and coming back to it.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { catalog, momentTitle } from '../../../src/content/catalog';
import { setupBrowser } from '../support/browser';
import { fades, layoutMotionLoaded, moves, placeNow, placesSeen, startedMotion, watchMotion, watchPlaces } from '../support/motion';
import { address, control, dialog, expectMoments, isChosen, open, settle, wall } from '../support/screen';

const browser = setupBrowser();

/** Scrolls the last card into view once everything stands still; returns the scroll position. */
async function scrollToLastCard(page: Page): Promise<number> {
  await settle(page);
  await wall(page).links.last().scrollIntoViewIfNeeded();
  await settle(page);
  return page.evaluate(() => window.scrollY);
}

/**
 * A click at the element's centre as it stands, like a person's. (Playwright's click() scrolls
 * again on its own when it retries, which would move the wall before we measure it.)
 */
async function clickWhereItIs(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  expect(box, 'the card is on screen').not.toBeNull();
  const viewport = page.viewportSize()!;
  const x = box!.x + box!.width / 2;
  const y = box!.y + Math.min(box!.height / 2, 40);
  expect(y > 0 && y < viewport.height, 'the point clicked is in the window').toBe(true);
  await page.mouse.click(x, y);
}

describe('the wall', () => {
  test('is a list named "Moments" of the 19 moments in article order, and says how many', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    const { items, links } = wall(page);
    await expectMoments(page, 19);

    // One link per card, to the moment's own address, in the article's order.
    expect(await links.count()).toBe(19);
    const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(hrefs).toEqual(catalog.moments.map((moment) => `/moments/${moment.slug}/`));
    for (let index = 0; index < 19; index++) {
      expect(await items.nth(index).getByRole('link').count(), `card ${index + 1} holds one link`).toBe(1);
    }

    // Each card leads with its people as a heading, holding its one link, named short: its people and number.
    for (const [index, moment] of catalog.moments.entries()) {
      const name = `${momentTitle(moment)}, moment ${moment.number}`;
      expect(await items.nth(index).getByRole('heading', { level: 2, name, exact: true }).count(), name).toBe(1);
      expect(await items.nth(index).getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
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
    await expectMoments(page, 3);
    expect(address(page)).toBe('/?person=karol-g');
    expect(await isChosen(filter('Karol G'))).toBe(true);

    await filter('Best Collaboration').click();
    await expectMoments(page, 1);
    expect(new URL(page.url()).searchParams.getAll('award')).toEqual(['best-collaboration']);
    expect(new URL(page.url()).searchParams.getAll('person')).toEqual(['karol-g']);

    await page.reload();
    await expectMoments(page, 1);
    expect(await isChosen(filter('Karol G'))).toBe(true);
    expect(await isChosen(filter('Best Collaboration'))).toBe(true);
    expect(await wall(page).links.getAttribute('href')).toBe('/moments/shakira-and-karol-g/');

    await clear.click();
    await expectMoments(page, 19);
    expect(address(page)).toBe('/');
    expect(await isChosen(filter('Karol G'))).toBe(false);
    expect(await isChosen(filter('Best Collaboration'))).toBe(false);
  });

  test('several people show the moments they are in together; several awards show any of them', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    const { filter, links } = wall(page);

    await filter('Taylor Swift').click();
    await expectMoments(page, 4);
    await filter('Selena Gomez').click();
    await expectMoments(page, 1);
    expect(await links.getAttribute('href')).toBe('/moments/taylor-swift-and-selena-gomez/');
    expect(address(page)).toBe('/?person=taylor-swift&person=selena-gomez');

    await wall(page).clear.click();
    await expectMoments(page, 19);
    await filter('Best Pop').click();
    await expectMoments(page, 1);
    await filter('Best Afrobeats').click();
    await expectMoments(page, 2);
  });

  test('an option that would give no moment is still seen, dimmed, and cannot be chosen', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=karol-g');
    await expectMoments(page, 3);
    const taylor = wall(page).filter('Taylor Swift');
    expect(await taylor.isVisible()).toBe(true);
    expect(await taylor.getAttribute('aria-disabled')).toBe('true');
    expect(await taylor.getAttribute('href'), 'it leads nowhere').toBeNull();
    await taylor.click({ force: true });
    await expectMoments(page, 3);
    expect(address(page)).toBe('/?person=karol-g');
  });

  test('a filtered address opened cold shows that filter', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=taylor-swift');
    await expectMoments(page, 4);
    expect(await isChosen(wall(page).filter('Taylor Swift'))).toBe(true);
  });

  test('an unknown filter value is ignored, and a notice says so', async () => {
    const page = await browser.newPage();
    await open(page, '/?person=nobody');
    await expectMoments(page, 19);
    await expect.poll(() => page.getByText(/nobody/).first().isVisible()).toBe(true);
    for (const person of catalog.people) {
      expect(await isChosen(wall(page).filter(person.name))).toBe(false);
    }
  });

  test('back from a moment opened on a filtered wall: same filter, same cards, same scroll position', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await open(page, '/');
    await wall(page).filter('Taylor Swift').click();
    await expectMoments(page, 4);
    const before = address(page);

    const scrollY = await scrollToLastCard(page);
    expect(scrollY, 'the wall must be scrolled down for this test to mean anything').toBeGreaterThan(100);
    await clickWhereItIs(page, wall(page).links.last());
    await expect.poll(() => address(page)).toBe('/moments/taylor-swift-and-her-moon-people/');
    const title = momentTitle(catalog.moments[18]!);
    await expect.poll(() => page.getByRole('heading', { name: title, exact: true }).isVisible()).toBe(true);

    await page.goBack();
    await expect.poll(() => address(page)).toBe(before);
    await expect.poll(() => dialog(page).count()).toBe(0);
    await expectMoments(page, 4);
    expect(await isChosen(wall(page).filter('Taylor Swift'))).toBe(true);
    await settle(page);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThanOrEqual(4);
  });

  test('the moment dialog leaves the wall where it was when closed with its Close button', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await open(page, '/?person=taylor-swift');
    await expectMoments(page, 4);
    const scrollY = await scrollToLastCard(page);
    expect(scrollY).toBeGreaterThan(100);
    await clickWhereItIs(page, wall(page).links.last());
    await control(dialog(page), 'Close').click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(address(page)).toBe('/?person=taylor-swift');
    await settle(page);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThanOrEqual(4);
  });
});

describe('motion', () => {
  const moving = 'taylor-swift-and-her-moon-people';
  const leaving = 'shakira-and-her-sons';

  test('changing filters animates: leaving cards fade out, the rest glide to their new places', async () => {
    const page = await browser.newPage({ reducedMotion: 'no-preference' });
    await open(page, '/');
    await settle(page);
    await watchMotion(page);
    await wall(page).filter('Taylor Swift').click();
    await expectMoments(page, 4);
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
