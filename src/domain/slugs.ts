/** Lowercase words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for lowercase words joined by single hyphens: `karol-g`, `nsync-reunited`. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** Turns a display name into a slug: "Reneé Rapp" → "renee-rapp". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
