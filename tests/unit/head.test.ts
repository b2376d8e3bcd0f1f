import { describe, expect, it } from 'vitest';
import { headFor } from '../../src/head';

describe('headFor', () => {
  it('describes the wall, and names its filters in the title', () => {
    expect(headFor('/')).toMatchObject({ canonicalPath: '/', image: { path: '/og/wall.png' }, type: 'website', status: 200 });
    expect(headFor('/', '?person=karol-g').title).toBe('Karol G: 3 moments · Backstage');
    expect(headFor('/', '?person=taylor-swift&person=selena-gomez').title).toBe('Taylor Swift + Selena Gomez: 1 moment · Backstage');
  });

  it('describes a moment by its caption, with its own address and preview image', () => {
    expect(headFor('/moments/nsync-reunited/')).toMatchObject({
      title: 'NSYNC · Moment 16 · Backstage at the 2023 VMAs',
      description: expect.stringMatching(/^NSYNC goofed around backstage/),
      canonicalPath: '/moments/nsync-reunited/',
      image: { path: '/og/nsync-reunited.png', alt: 'The members of NSYNC smiling and standing together' },
      type: 'article',
    });
  });

  it('gives anything else a not-found head with no canonical address', () => {
    for (const path of ['/moments/no-such-moment/', '/nope', '/moments/']) {
      const head = headFor(path);
      expect(head).toMatchObject({ title: 'Not found · Backstage', status: 404 });
      expect(head.canonicalPath).toBeUndefined();
    }
  });
});
