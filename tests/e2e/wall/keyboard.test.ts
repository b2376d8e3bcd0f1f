// Everything with the keyboard alone: Tab order, visible focus, toggling, opening and coming back.
import { describe, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'playwright-core';
import { momentsAt } from '../../catalogue';
import { catalog } from '../../../src/content/catalog';
import { paths } from '../../../src/paths';
import { setupBrowser } from '../support/browser';
import { focusedHref, focusInDialog } from '../support/moment';
import { address, dialog, expectWall, isChosen, open, settle, wall } from '../support/screen';

const browser = setupBrowser();

interface Focused {
  /** Index in `candidates`, -1 when the focused element is none of them. */
  index: number;
  tag: string;
  text: string;
  /** Document coordinates of its box. */
  top: number;
  left: number;
  /** Why the focus is visible, or null when nothing shows it. */
  ring: string | null;
}

/** What has focus now, relative to a list of elements, and whether a focus ring shows it. */
function focused(page: Page, candidates: ElementHandle[]): Promise<Focused> {
  return page.evaluate((elements) => {
    const active = document.activeElement as HTMLElement | null;
    // The ring may be drawn by the element itself or by its ::after (a card link's ::after
    // stretches over the whole card).
    let ring: string | null = null;
    for (const pseudo of [null, '::after']) {
      const style = active ? getComputedStyle(active, pseudo) : null;
      if (ring || !style || (pseudo && style.content === 'none')) continue;
      if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) {
        ring = `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}${pseudo ?? ''}`;
      } else if (style.boxShadow && style.boxShadow !== 'none') {
        ring = `box-shadow ${style.boxShadow}${pseudo ?? ''}`;
      }
    }
    const box = active?.getBoundingClientRect();
    return {
      index: active ? elements.indexOf(active) : -1,
      tag: active?.tagName.toLowerCase() ?? 'none',
      text: (active?.textContent ?? '').trim().slice(0, 60),
      top: (box?.top ?? 0) + window.scrollY,
      left: (box?.left ?? 0) + window.scrollX,
      ring,
    };
  }, candidates);
}

/** Presses Tab until `target` has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: ElementHandle<Element>, limit = 80): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${await target.evaluate((element) => element.outerHTML.slice(0, 120))} in ${limit} presses`);
}

/** On the wall, Tab to Karol G's filter and press Enter: the wall shows her moments. Returns the filter. */
async function chooseKarolByKeyboard(page: Page) {
  await open(page, '/');
  const karol = wall(page).filter('Karol G');
  await tabTo(page, (await karol.elementHandle())!);
  await page.keyboard.press('Enter');
  await expectWall(page, '/?person=karol-g');
  return karol;
}

/** Each box is below the previous one, or on the same row to its right: reading order. */
function inReadingOrder(boxes: { top: number; left: number }[]): boolean {
  return boxes.every((box, index) => {
    const previous = boxes[index - 1];
    if (!previous) return true;
    return box.top > previous.top + 4 || (Math.abs(box.top - previous.top) <= 4 && box.left > previous.left);
  });
}

describe('with the keyboard alone', () => {
  test('Tab from the top reaches the filters, then the cards, in reading order, each with a visible focus ring', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    await expectWall(page, '/');
    await settle(page);
    // The person search, then the People and Awards links, in document order.
    const filterHandles = [
      ...(await wall(page).search.elementHandles()),
      ...(await page.getByRole('group', { name: /^(People|Awards)$/ }).getByRole('link').elementHandles()),
    ];
    expect(filterHandles.length).toBe(1 + catalog.people.length + catalog.awards.length);
    const cards = await wall(page).links.elementHandles();
    expect(cards.length).toBe(catalog.moments.length);
    const everything: ElementHandle[] = [...filterHandles, ...cards];
    // Where each one is laid out, before anything scrolls: the filter panel is sticky and
    // scrolls on its own, so positions seen while tabbing mix two scrolls.
    const layout = await Promise.all(
      everything.map((handle) =>
        handle.evaluate((element) => {
          const box = (element as Element).getBoundingClientRect();
          return { top: box.top + window.scrollY, left: box.left + window.scrollX };
        }),
      ),
    );

    const stops: Focused[] = [];
    for (let press = 0; press < 120; press++) {
      await page.keyboard.press('Tab');
      const now = await focused(page, everything);
      stops.push(now);
      if (now.index === everything.length - 1) break;
    }
    const described = stops.map((stop) => `${stop.index}:${stop.tag}:${stop.text}`).join('\n');

    const seen = stops.filter((stop) => stop.index >= 0);
    expect(
      seen.map((stop) => stop.index),
      `every filter, then every card, each once, in DOM order. Focus went:\n${described}`,
    ).toEqual(everything.map((_, index) => index));

    const seenFilters = seen.filter((stop) => stop.index < filterHandles.length);
    const seenCards = seen.filter((stop) => stop.index >= filterHandles.length);
    const laidOut = (stops: Focused[]) => stops.map((stop) => layout[stop.index]!);
    expect(inReadingOrder(laidOut(seenFilters)), `filters in reading order:\n${described}`).toBe(true);
    expect(inReadingOrder(laidOut(seenCards)), `cards in reading order:\n${described}`).toBe(true);

    const unringed = stops.filter((stop) => stop.tag !== 'body' && stop.ring === null);
    expect(unringed.map((stop) => `${stop.tag} "${stop.text}"`), 'focused elements without a visible focus ring').toEqual([]);
  });

  test('Enter chooses a filter and Enter again removes it, and focus stays on it', async () => {
    const page = await browser.newPage();
    const karol = await chooseKarolByKeyboard(page);
    expect(await isChosen(karol)).toBe(true);
    expect(address(page)).toBe('/?person=karol-g');
    expect(await karol.evaluate((element) => element === document.activeElement), 'focus stays on the filter').toBe(true);

    await page.keyboard.press('Enter');
    await expectWall(page, '/');
    expect(await isChosen(karol)).toBe(false);
    expect(address(page)).toBe('/');
    expect(await karol.evaluate((element) => element === document.activeElement), 'focus stays on the filter').toBe(true);
  });

  test('Enter on a card opens the moment; Escape comes back to the same card on the same wall', async () => {
    const page = await browser.newPage();
    await chooseKarolByKeyboard(page);

    const card = wall(page).links.first();
    const first = paths.moment.getHref(momentsAt('/?person=karol-g')[0]!.slug);
    await tabTo(page, (await card.elementHandle())!, 40);
    expect(await card.getAttribute('href')).toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => address(page)).toBe(first);
    await expect.poll(() => dialog(page).count(), { message: 'opened from the wall, the moment is a dialog' }).toBe(1);
    await expect.poll(() => focusInDialog(page)).toBe(true);

    // Focus is visible inside the dialog too.
    const inside = await dialog(page).locator('a[href], button:not([disabled])').elementHandles();
    await page.keyboard.press('Tab');
    const stop = await focused(page, inside);
    expect(stop.index, 'Tab moves to a control of the dialog').toBeGreaterThanOrEqual(0);
    expect(stop.ring, `focus ring on ${stop.tag} "${stop.text}"`).not.toBeNull();

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(address(page)).toBe('/?person=karol-g');
    await expectWall(page, '/?person=karol-g');
    await expect.poll(() => focusedHref(page)).toBe(first);
  });

  test('from a moment opened cold, "Back to the wall" is reached and followed with the keyboard', async () => {
    const page = await browser.newPage();
    await open(page, '/moments/nsync-reunited/');
    const back = page.getByRole('link', { name: 'Back to the wall' });
    await tabTo(page, (await back.elementHandle())!, 20);
    const stop = await focused(page, []);
    expect(stop.ring, 'focus ring on "Back to the wall"').not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => address(page)).toBe('/');
    await expectWall(page, '/');
  });
});
