// Every moment's own address, opened cold (as a shared link is), and addresses that name nothing.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { creditLine, momentPageTitle, momentText, momentTitle } from '../../../src/content/catalog';
import { url, setupBrowser } from '../support/browser';
import { expectMomentPage } from '../support/moment';
import { address, expectWall, open, waitForApp } from '../support/screen';
import { catalog } from '../../catalogue';

const browser = setupBrowser();

describe('a moment opened by its address', () => {
  test.each(catalog.moments.map((moment) => [moment.slug, moment] as const))(
    '/moments/%s/ shows the moment, its caption and its credit, reload included',
    async (slug, moment) => {
      const page = await browser.newPage();
      await open(page, `/moments/${slug}/`);
      await expectMomentPage(page, moment, 'cold');
      const response = await page.reload();
      expect(response?.status()).toBe(200);
      await waitForApp(page);
      await expectMomentPage(page, moment, 'after a reload');
    },
  );

  test('every moment page is in the HTML itself: it reads without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const moment of catalog.moments) {
      await page.goto(url(`/moments/${moment.slug}/`));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(momentTitle(moment));
      expect(await page.getByText(moment.caption, { exact: true }).count(), moment.slug).toBe(1);
      expect(await page.getByText(creditLine(moment), { exact: true }).count(), moment.slug).toBe(1);
    }
  });

  test('every moment page unfurls: title, description and an image that exists', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).first().getAttribute('content');
    for (const moment of catalog.moments) {
      await page.goto(url(`/moments/${moment.slug}/`));
      expect(await meta('og:title'), moment.slug).toBe(momentPageTitle(moment));
      expect(await meta('og:description'), moment.slug).toBe(momentText(moment).description);
      const image = await meta('og:image');
      expect(image, `og:image of ${moment.slug}`).toBeTruthy();
      // A preview fetches it from anywhere: it must be absolute. Fetch its path from this server.
      expect(image!, `og:image of ${moment.slug} is an absolute URL`).toMatch(/^https?:\/\//);
      const response = await page.request.get(url(new URL(image!).pathname));
      expect(response.status(), image!).toBe(200);
      expect(response.headers()['content-type'], image!).toMatch(/^image\//);
    }
  });
});

async function expectNotFound(page: Page, pass: string): Promise<void> {
  const heading = page.getByRole('heading', { name: /not found/i });
  expect(await heading.count(), pass).toBe(1);
  expect(await heading.isVisible(), pass).toBe(true);
  expect(await page.getByRole('link', { name: 'Back to the wall' }).isVisible(), pass).toBe(true);
}

describe('an address that names nothing', () => {
  for (const path of ['/moments/no-such-moment/', '/nope']) {
    test(`${path} says it is not found, with a way back to the wall`, async () => {
      const page = await browser.newPage();
      expect(await browser.gotoNotFound(page, path), 'HTTP status').toBe(404);
      await waitForApp(page);
      await expectNotFound(page, 'cold');
      await page.reload();
      await waitForApp(page);
      await expectNotFound(page, 'after a reload');
      await page.getByRole('link', { name: 'Back to the wall' }).click();
      await expect.poll(() => address(page)).toBe('/');
      await expectWall(page, '/');
    });
  }
});
