// axe-core on each kind of page: no violation of any impact.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { momentsAt } from '../../catalogue';
import { catalog } from '../../../src/content/catalog';
import { setupBrowser } from '../support/browser';
import { AXE_OPTIONS } from '../support/engines/axe';
import { dialog, expectWall, open, openSheet, settle, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();

async function violations(page: Page): Promise<string[]> {
  // Colours are only final once entrances and fades are over.
  await settle(page);
  const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n'),
  );
}

describe('axe-core finds no violation', () => {
  for (const [label, path, isWall] of [
    ['the wall', '/', true],
    ['a filtered wall', '/?person=karol-g&award=best-collaboration', true],
    ['a searched and filtered wall', '/?q=karol&person=karol-g', true],
    ['a search that finds nothing (its empty state)', '/?q=zzzz', true],
    ['a moment page', '/moments/selena-gomez-and-rema/', false],
  ] as const) {
    test(`on ${label} (${path})`, async () => {
      const page = await browser.newPage();
      await open(page, path);
      if (isWall) await expectWall(page, path);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('on the not-found page', async () => {
    const page = await browser.newPage();
    expect(await browser.gotoNotFound(page, '/moments/no-such-moment/')).toBe(404);
    await waitForApp(page);
    expect(await violations(page)).toEqual([]);
  });

  test('on the moment dialog over the wall', async () => {
    const page = await browser.newPage();
    await open(page, '/');
    await wall(page).links.nth(2).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await settle(page); // colours mid-fade are not what anyone reads
    expect(await violations(page)).toEqual([]);
  });

  test('on a phone, on the wall', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    await expectWall(page, '/');
    expect(await violations(page)).toEqual([]);
  });

  test('on a phone, on a filtered wall whose award row has no choosable option', async () => {
    const path = '/?person=taylor-swift&person=selena-gomez';
    const choosable = catalog.awards.filter((award) => momentsAt(`${path}&award=${award.id}`).length > 0);
    expect(choosable, 'no award can be chosen on this wall, for this test to mean anything').toEqual([]);
    const page = await browser.newPage({ phone: true });
    await open(page, path);
    await expectWall(page, path);
    expect(await violations(page)).toEqual([]);
  });

  test('on a phone, with the filter sheet open', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/?person=taylor-swift');
    await openSheet(page);
    expect(await violations(page)).toEqual([]);
  });

  test('on a phone, with a search typed into the filter sheet', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    const sheet = await openSheet(page);
    await sheet.getByRole('searchbox', { name: 'Search moments' }).tap();
    await page.keyboard.type('renee');
    await expectWall(page, '/?q=renee');
    expect(await violations(page)).toEqual([]);
  });

  test('on a phone, with the "Find a person" list open in the sheet', async () => {
    const page = await browser.newPage({ phone: true });
    await open(page, '/');
    const sheet = await openSheet(page);
    await sheet.getByRole('combobox', { name: 'Find a person' }).tap();
    await page.keyboard.type('bailey');
    const baileys = catalog.people.filter((person) => /\bbailey/i.test(person.name));
    expect(baileys.length, 'a list of more than one person, for this test to mean anything').toBeGreaterThan(1);
    await expect.poll(() => page.getByRole('option').count()).toBe(baileys.length);
    expect(await violations(page)).toEqual([]);
  });

  test('on a desktop, with the "Find a person" list open, a dimmed person in it', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await open(page, '/?person=taylor-swift');
    await wall(page).search.click();
    await page.keyboard.type('r');
    await expect.poll(() => page.getByRole('option', { name: /^Reneé Rapp/ }).getAttribute('aria-disabled')).toBe('true');
    expect(await violations(page)).toEqual([]);
  });
});
