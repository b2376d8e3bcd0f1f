// The strict Content Security Policy (meta and header) breaks nothing: no page, and no step of a
// whole journey, raises a single securitypolicyviolation, under vite preview and under nginx.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { momentsAt } from '../../catalogue';
import { catalog, momentTitle } from '../../../src/content/catalog';
import { paths } from '../../../src/paths';
import { setupBrowser } from '../support/browser';
import { address, control, dialog, expectWall, settle, waitForApp, wall } from '../support/screen';

const browser = setupBrowser();

/** A new page that records every CSP violation of every document it shows. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (line: string) => void }).__reportViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}: ${event.sample}`);
    });
  });
  return { page, violations };
}

describe.each([
  ['vite preview', inject('baseURL')],
  ['nginx', inject('nginxURL')],
])('under %s', (_, origin) => {
  const at = (path: string) => new URL(path, origin).href;

  test('the listener hears a violation, and the page is under the policy', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(at('/'));
    await waitForApp(page);
    // A real violation would also be a console error, which the harness fails on by itself.
    await page.evaluate(() =>
      document.dispatchEvent(
        new SecurityPolicyViolationEvent('securitypolicyviolation', {
          effectiveDirective: 'script-src-elem',
          violatedDirective: 'script-src-elem',
          originalPolicy: '',
          disposition: 'enforce',
          blockedURI: 'inline',
          statusCode: 200,
        }),
      ),
    );
    await expect.poll(() => violations.length).toBe(1);
    expect(violations[0]).toMatch(/^script-src-elem blocked inline on \/:/);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/]+=')+;/);
  });

  test('every page loads and hydrates without a violation', { timeout: 90_000 }, async () => {
    const { page, violations } = await watchedPage();
    const pages = [paths.wall.getHref(), ...catalog.moments.map((moment) => paths.moment.getHref(moment.slug))];
    for (const path of pages) {
      const response = await page.goto(at(path));
      expect(response?.status(), path).toBe(200);
      await waitForApp(page);
    }
    expect(await browser.gotoNotFound(page, at('/no-such-page/'))).toBe(404);
    await waitForApp(page);
    // The app's idle-time chunk (framer-motion's layout features) has had its chance to load.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2_000 })));
    expect(violations).toEqual([]);
  });

  test('a journey raises none: filter, open, step, share, close, a missing page', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(at('/'));
    await waitForApp(page);

    // Filtering animates cards out and in (framer-motion's popLayout adds <style> elements).
    await wall(page).filter('Taylor Swift').click();
    await expectWall(page, paths.person.getHref('taylor-swift'));
    await wall(page).filter('Taylor Swift').click();
    await expectWall(page, '/');
    await wall(page).filter('Selena Gomez').click();
    await expectWall(page, paths.person.getHref('selena-gomez'));
    await settle(page);

    const [first, second] = momentsAt(paths.person.getHref('selena-gomez'));
    await wall(page).links.first().click();
    await expect.poll(() => dialog(page, momentTitle(first!)).count(), { message: 'the dialog opens' }).toBe(1);
    await control(dialog(page), 'Next moment').click();
    await expect.poll(() => dialog(page, momentTitle(second!)).count(), { message: 'the next moment' }).toBe(1);
    await control(dialog(page), 'Share').click();
    await expect.poll(() => page.getByText(/Link copied|Copy this link/).count(), { message: 'the share answer' }).toBeGreaterThan(0);
    await control(dialog(page), 'Close').click();
    await expect.poll(() => dialog(page).count(), { message: 'the dialog closes' }).toBe(0);
    expect(address(page)).toBe(paths.person.getHref('selena-gomez'));
    await settle(page);

    expect(await browser.gotoNotFound(page, at('/moments/no-such-moment/'))).toBe(404);
    await waitForApp(page);
    await page.getByRole('link', { name: 'Back to the wall' }).click();
    await expect.poll(() => address(page)).toBe('/');
    await expectWall(page, '/');
    expect(violations).toEqual([]);
  });
});
