import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/content/catalog';
import { ContentError, validateCatalog } from '../../../src/content/validate';
import type { Moment } from '../../../src/content/types';
import { buildMoment } from '../../test-utils';

/** The message validating these moments fails with; the test fails if it doesn't. */
function problemsWith(...moments: Moment[]): string {
  const attempt = () =>
    validateCatalog({ ...catalog, moments: moments.map((moment, index) => ({ ...moment, number: index + 1 })) });
  expect(attempt).toThrow(ContentError);
  try {
    attempt();
  } catch (error) {
    return (error as ContentError).message;
  }
  return '';
}

describe('validateCatalog', () => {
  it('accepts the real content', () => {
    expect(validateCatalog(catalog)).toEqual(catalog);
  });

  it('rejects a duplicate slug, naming both moments and the field', () => {
    expect(problemsWith(buildMoment({ slug: 'same' }), buildMoment({ slug: 'same' }))).toContain(
      'moment 2 "same", field "slug": "same" is already used by moment 1',
    );
  });

  it('rejects a slug that is not one', () => {
    expect(problemsWith(buildMoment({ slug: 'Not A Slug' }))).toContain('moment 1 "Not A Slug", field "slug"');
  });

  it('rejects an unknown person id', () => {
    expect(problemsWith(buildMoment({ slug: 'who', people: ['taylor-swift', 'tailor-swift'] }))).toContain(
      'moment 1 "who", field "people": unknown person id "tailor-swift"',
    );
  });

  it('rejects an unknown award id', () => {
    expect(problemsWith(buildMoment({ slug: 'what', awards: ['best-everything'] }))).toContain(
      'moment 1 "what", field "awards": unknown award id "best-everything"',
    );
  });

  it('rejects an empty caption', () => {
    expect(problemsWith(buildMoment({ slug: 'quiet', caption: '  ' }))).toContain('moment 1 "quiet", field "caption": is empty');
  });

  it('rejects an empty credit', () => {
    const message = problemsWith(buildMoment({ slug: 'uncredited', credit: { photographer: '', agency: '' } }));
    expect(message).toContain('moment 1 "uncredited", field "credit.photographer": is empty');
    expect(message).toContain('moment 1 "uncredited", field "credit.agency": is empty');
  });

  it('rejects a photo not given relative to the catalogue file, a focus outside the photo, and a size typed by hand', () => {
    const message = (photo: unknown) => problemsWith(buildMoment({ slug: 'photo', photo: photo as Moment['photo'] }));
    for (const src of ['/photos/p.jpg', 'https://example.com/p.jpg', '\\photos\\p.jpg'])
      expect(message({ src })).toContain('moment 1 "photo", field "photo.src": must be a path relative to the catalogue file, such as "photos/name.jpg"');
    expect(message({ src: 'photos/p.jpg', focus: [0.5, 1.2] })).toContain('moment 1 "photo", field "photo.focus[1]": must be between 0 and 1');
    // The build reads the size and paints the placeholder: the editor no longer types them.
    expect(message({ src: 'photos/p.jpg', width: 1600, height: 1200 })).toContain('moment 1 "photo", field "photo": unknown field(s) "width", "height"');
    expect(() => validateCatalog({ ...catalog, event: { ...catalog.event, exampleMoment: undefined }, moments: [buildMoment({ photo: { src: 'photos/p.jpg', focus: [0, 1] } })] })).not.toThrow();
  });

  it('rejects numbers out of order', () => {
    expect(() =>
      validateCatalog({ ...catalog, moments: [buildMoment({ slug: 'late', number: 2 })] }),
    ).toThrow('moment 2 "late", field "number": expected 1');
  });
});
