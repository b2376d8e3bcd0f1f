// The size budgets of the build, measured exactly as `npm run size` does.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { BUDGETS, formatReport, measure } from '../../../scripts/measure/size.mjs';

test('initial JS, the wall’s inline JS and CSS stay within their gzip budgets', () => {
  const report = measure(resolve(import.meta.dirname, '../../../dist'));
  const table = formatReport(report);
  expect(report.initialJs.length, `dist/index.html loads some JS\n${table}`).toBeGreaterThan(0);
  expect(report.totals.initialJs.gzip, `initial JS over ${BUDGETS.initialJs} bytes gzip\n${table}`).toBeLessThanOrEqual(BUDGETS.initialJs);
  expect(report.inlineJs.length, `dist/index.html has its inline scripts (the prepaint filter, the loader)\n${table}`).toBeGreaterThanOrEqual(2);
  expect(report.totals.inlineJs.gzip, `the wall's inline JS over ${BUDGETS.inlineJs} bytes gzip\n${table}`).toBeLessThanOrEqual(BUDGETS.inlineJs);
  expect(report.totals.css.gzip, `CSS over ${BUDGETS.css} bytes gzip\n${table}`).toBeLessThanOrEqual(BUDGETS.css);
});
