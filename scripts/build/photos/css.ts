/**
 * The stylesheet rules of a catalogue's photos, added to the page's one stylesheet (which the
 * prerenderer inlines and the CSP hashes): each photo's placeholder as its frame's background,
 * its focus as the point a crop keeps, and its own aspect ratio where it is shown whole. No
 * style="" attribute is needed, so the strict CSP stays as it is.
 */
import { photoClass, type PhotoImage } from '../../../src/domain/photo-layout.ts';

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;

export function photoRules(photos: Map<string, { placeholder: string; image: PhotoImage }>): string {
  const rules: string[] = [];
  for (const [slug, { placeholder, image }] of photos) {
    const name = `.${photoClass(slug)}`;
    const at = `${percent(image.focus[0])} ${percent(image.focus[1])}`;
    const ratio = `${image.width} / ${image.height}`;
    rules.push(
      // --photo-ratio: its own shape, where it is shown whole (photo.css).
      `${name}{background-image:url("${placeholder}");background-position:${at};--photo-ratio:${ratio}}`,
      `${name} img{object-position:${at}}`,
    );
  }
  return `${rules.join('\n')}\n`;
}
