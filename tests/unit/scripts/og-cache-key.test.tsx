import { describe, expect, it } from 'vitest';
import { imageKey, OG_DRAWING } from '../../../scripts/build/og/cache-key';
import { MomentCard } from '../../../scripts/build/og/moment-card';
import { ogKey } from '../../../scripts/build/og/preview-images';
import type { MomentEntry as Moment } from '../../../src/content/types';
import type { PhotoImage } from '../../../src/domain/photo-layout';
import { catalog } from '../../catalogue';

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

describe('a moment with a real photo: its panel is named in the key, not cut', () => {
  const image: PhotoImage = { width: 4000, height: 3000, key: 'a1b2c3d4e5f6', webp: [640, 1280, 2560], jpeg: [640, 1280, 2560], card: [640], zoom: [], focus: [0.5, 0.5] };
  // No such folder: cutting the panel would read the published JPEG from it and throw.
  const job = (photo: PhotoImage) => ({ kind: 'moment', slug: moment.slug, photo: { image: photo, dist: '/no/such/dist' } }) as const;

  it('is made without opening the photo, and differs from the artwork’s', () => {
    expect(ogKey(job(image))).toMatch(/^[0-9a-f]{32}$/);
    expect(ogKey(job(image))).not.toBe(ogKey({ kind: 'moment', slug: moment.slug }));
  });

  it('changes with the photo (its key: its bytes, settings and focus) and with the file the panel is cut from', () => {
    expect(ogKey(job({ ...image }))).toBe(ogKey(job(image)));
    expect(ogKey(job({ ...image, key: 'f6e5d4c3b2a1' }))).not.toBe(ogKey(job(image)));
    expect(ogKey(job({ ...image, jpeg: [640, 2560] }))).not.toBe(ogKey(job(image)));
  });
});
