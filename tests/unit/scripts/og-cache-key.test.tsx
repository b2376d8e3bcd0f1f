import { describe, expect, it } from 'vitest';
import { imageKey, OG_DRAWING } from '../../../scripts/build/og/cache-key';
import { MomentCard } from '../../../scripts/build/og/moment-card';
import { catalog } from '../../../src/content/catalog';
import type { Moment } from '../../../src/content/types';

const key = (moment: Moment) => imageKey(<MomentCard moment={moment} />);
const moment = catalog.moments.find((each) => each.people.length > 1)!;

describe('the preview images’ cache key (a hash of what an image draws)', () => {
  it('is the same for the same inputs, drawn again', () => {
    expect(key(structuredClone(moment))).toBe(key(moment));
    expect(key(moment)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes when a drawn input changes: the caption, the number (artwork), the credit, who is in it', () => {
    const before = key(moment);
    const changed: Moment[] = [
      { ...moment, caption: `Meanwhile, ${moment.caption}` },
      { ...moment, number: moment.number + 1 },
      { ...moment, credit: { ...moment.credit, agency: 'Another Agency' } },
      { ...moment, people: [...moment.people].reverse() },
    ];
    const keys = changed.map(key);
    for (const [index, changedKey] of keys.entries()) expect(changedKey, `change ${index}`).not.toBe(before);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stays when only what the image does not draw changes (what the photo shows, for screen readers)', () => {
    expect(key({ ...moment, alt: `${moment.alt} Also a curtain.` })).toBe(key(moment));
  });

  it('names the encoder settings, so changing them repaints everything', () => {
    expect(OG_DRAWING).toContain('1200x630');
    expect(OG_DRAWING).toContain('"quality"');
  });
});
