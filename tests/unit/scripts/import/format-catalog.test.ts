import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCatalog } from '../../../../scripts/import/format-catalog.ts';

describe('formatCatalog', () => {
  it.each(['content/vmas-2023.json', 'tests/fixtures/other-event.json'])('writes %s back byte for byte', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(formatCatalog(JSON.parse(text))).toBe(text);
  });

  it('puts plain values on one line when it fits, and one entry a line when it does not', () => {
    const long = 'x'.repeat(90);
    expect(formatCatalog({ people: [{ id: 'a', name: 'A' }], moments: [{ people: ['a'], photo: { src: 'p.jpg', focus: [0.5, 0.25] }, note: long, awards: [] }] })).toBe(
      [
        '{',
        '  "people": [',
        '    { "id": "a", "name": "A" }',
        '  ],',
        '  "moments": [',
        '    {',
        '      "people": ["a"],',
        '      "photo": {',
        '        "src": "p.jpg",',
        '        "focus": [0.5, 0.25]',
        '      },',
        `      "note": "${long}",`,
        '      "awards": []',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });
});
