// One Lighthouse 12 run (its default mobile config: a mid-range phone, simulated slow 4G) in a
// Chromium of its own, for `npm run audit` and `npm run bench`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';

/**
 * Runs Lighthouse on `url`; resolves to its result (`lhr`, and `report` in each of `output`).
 * @param {string} url
 * @param {{ output?: ('json' | 'html')[], chromePath?: string }} [options]
 */
export async function runLighthouse(url, { output = ['json'], chromePath = findChromium() } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output, logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result;
  } finally {
    chrome.kill();
  }
}

/** A metric of a Lighthouse result in milliseconds, or undefined when it was not measured. */
export function metricMs(lhr, id) {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : undefined;
}
