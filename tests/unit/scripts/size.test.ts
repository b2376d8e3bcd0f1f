import { describe, expect, it } from 'vitest';
import { inlineScripts } from '../../../scripts/measure/size.mjs';

describe('inlineScripts (npm run size)', () => {
  it('is the text of each script without a src, in order, whatever the case of the tag', () => {
    const html = [
      '<head><script>one()</script>',
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      "<SCRIPT data-x='y'>two()</SCRIPT></head>",
      '<body><script src=/a.js></script><script>',
      'three()</script></body>',
    ].join('\n');
    expect(inlineScripts(html)).toEqual(['one()', 'two()', '\nthree()']);
  });

  it('is nothing for a page without inline scripts', () => {
    expect(inlineScripts('<p>no scripts</p><script src="/x.js"></script>')).toEqual([]);
  });
});
