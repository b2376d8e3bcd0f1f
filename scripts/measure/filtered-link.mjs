/**
 * How long a shared filtered link shows the wrong thing on a slow network: opens
 * `/?person=taylor-swift` on DevTools' "Slow 4G" in Chromium and, every ~100 ms, takes a
 * screenshot and reads what is on screen: cards outside the filter, or a count other than the
 * filter's. Prints the time of the first content, and how long content was on screen wrong.
 *
 *   node scripts/measure/filtered-link.mjs [origin] [screenshots-dir]
 *
 * The origin defaults to http://localhost:4173 (`npm start`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';

const origin = process.argv[2] ?? 'http://localhost:4173';
const shots = process.argv[3];
const PATH = '/?person=taylor-swift';
const EXPECTED = { count: '4 moments', slugs: ['taylor-swift-and-selena-gomez', 'taylor-swift-and-sabrina-carpenter', 'halle-and-chloe-bailey-with-taylor-swift', 'taylor-swift-and-her-moon-people'] };
/** DevTools' "Slow 4G" preset. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const DURATION = 6_000;

if (shots) mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_FLAGS], headless: true });
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Network.emulateNetworkConditions', SLOW_4G);

/** What a person sees: the cards on screen (by slug) and the count, if shown. */
const look = () =>
  page.evaluate(() => {
    const shown = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const cards = [...document.querySelectorAll('#moments > li[data-slug]')].filter(shown).map((li) => li.dataset.slug);
    const status = [...document.querySelectorAll('[role="status"]')].find((element) => shown(element) && /moments?$/.test(element.textContent.trim()));
    return { cards, count: status?.textContent.trim() };
  });

const start = Date.now();
const navigation = page.goto(origin + PATH, { waitUntil: 'commit', timeout: 30_000 });
const samples = [];
while (Date.now() - start < DURATION) {
  const t = Date.now() - start;
  try {
    const seen = await look();
    if (shots) await page.screenshot({ path: join(shots, `${String(t).padStart(5, '0')}.png`) });
    samples.push({ t, ...seen });
  } catch {
    // The document is being replaced: nothing to read yet.
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await navigation;
await browser.close();

const wrong = (sample) =>
  sample.cards.some((slug) => !EXPECTED.slugs.includes(slug)) || (sample.count !== undefined && sample.count !== EXPECTED.count);
const firstContent = samples.find((sample) => sample.cards.length > 0);
let wrongMs = 0;
for (let index = 0; index < samples.length - 1; index++) {
  if (wrong(samples[index])) wrongMs += samples[index + 1].t - samples[index].t;
}
const blankAfterContent = samples.filter((sample) => firstContent && sample.t > firstContent.t && sample.cards.length === 0).length;
console.log(`${PATH} on Slow 4G, ${samples.length} looks over ${DURATION} ms`);
console.log(`first cards on screen: ${firstContent ? `${firstContent.t} ms` : 'never'}`);
console.log(`wrong content on screen: ${wrongMs} ms (cards outside the filter or a count other than "${EXPECTED.count}")`);
console.log(`blank looks after the first cards: ${blankAfterContent}`);
for (const sample of samples) console.log(`  ${String(sample.t).padStart(5)} ms  ${sample.cards.length} cards  ${sample.count ?? '(no count)'}${wrong(sample) ? '  WRONG' : ''}`);
