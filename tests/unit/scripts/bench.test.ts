import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clickSummary, duration, markdownTable } from '../../../scripts/measure/bench/table.mjs';
import { withoutScripts } from '../../../scripts/measure/without-scripts.mjs';

describe('the bench’s page without scripts', () => {
  const page = [
    '<!doctype html><html><head>',
    '    <meta http-equiv="Content-Security-Policy" content="script-src \'sha256-x\'" />',
    '    <script>(function(){document.title="prepaint"})()</script>',
    '    <link rel="modulepreload" crossorigin href="/assets/vendor.js">',
    '    <style>.card{color:red}</style>',
    '</head><body><div id="root"><ul id="moments"><li data-slug="a">A</li></ul></div>',
    '  <script>(()=>{const s=document.createElement(\'script\');s.src="/assets/index.js"})()</script>',
    '  <SCRIPT type="module" src="/assets/other.js"></SCRIPT>',
    '</body></html>',
  ].join('\n');

  it('keeps the markup and the stylesheet, and loses every script and module preload', () => {
    const bare = withoutScripts(page);
    expect(bare).not.toMatch(/<script/i);
    expect(bare).not.toMatch(/modulepreload|prepaint|index\.js|other\.js/);
    expect(bare).toContain('<style>.card{color:red}</style>');
    expect(bare).toContain('<li data-slug="a">A</li>');
    expect(bare).toContain('Content-Security-Policy');
  });

  it('leaves a page without scripts as it is', () => {
    const plain = '<html><head><style>p{}</style></head><body><p>no scripts</p></body></html>';
    expect(withoutScripts(plain)).toBe(plain);
  });

  it('empties the shipped page template of its scripts too', () => {
    expect(withoutScripts(readFileSync('index.html', 'utf8'))).not.toMatch(/<script/i);
  });
});

describe('the bench’s figures', () => {
  it('gives the median and p95 of timed clicks by nearest rank', () => {
    const samples = [120, 100, 140, 130, 110, 150, 160, 170, 180, 900];
    expect(clickSummary(samples, 0, 20_000)).toBe('140 (900) ms');
    expect(clickSummary([1_234.4], 0, 20_000)).toBe('1,234 (1,234) ms');
  });

  it('counts a timed-out click as longer than any, and says how many timed out', () => {
    expect(clickSummary([100, 120, 140, 160, 180, 200, 220, 240, 260], 1, 20_000)).toBe('180 (> 20 s) ms, 1 of 10 timed out');
    expect(clickSummary([], 1, 20_000)).toBe('> 20 s (1 of 1 timed out)');
    expect(clickSummary([900], 2, 20_000)).toBe('> 20 s (2 of 3 timed out)');
    expect(clickSummary([], 0, 20_000)).toBe('—');
  });

  it('says how many clicks were not tried when the series ran out of time', () => {
    expect(clickSummary([900], 3, 20_000, 10)).toBe('> 20 s (3 of 4 timed out, 6 not tried)');
    expect(clickSummary([100, 200], 0, 20_000, 10)).toBe('100 (200) ms, 8 not tried');
    expect(clickSummary([], 0, 20_000, 10)).toBe('none tried of 10');
  });

  it('writes durations in ms below a second and in seconds above', () => {
    expect([duration(840.4), duration(1_250), duration(20_000), duration(95_400), duration(undefined)]).toEqual(['840 ms', '1.25 s', '20 s', '95 s', '—']);
  });

  it('writes a Markdown table, with a dash where a figure does not apply', () => {
    expect(markdownTable([['moments', 'n'], ['TTI', 'tti']], [{ n: '19', tti: '1 | 2' }, { n: '200' }])).toBe(
      ['| moments | TTI |', '| --- | --- |', '| 19 | 1 \\| 2 |', '| 200 | — |'].join('\n'),
    );
  });
});
