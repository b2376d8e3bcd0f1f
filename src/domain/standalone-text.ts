/**
 * A moment's words where they stand alone: a tab title, a search result, a link preview. A
 * caption is written to follow its photo and the moment before it ("They also…", ending in ":"),
 * so alone it first says who is pictured and where, and ends as a sentence.
 */

export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 160;

/** "Shakira", "Selena Gomez and Rema", "Shakira, Milan and Sasha" (or with "&"). */
export function joinNames(names: readonly string[], and = 'and'): string {
  if (names.length <= 2) return names.join(` ${and} `);
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** At most `max` characters, cut at a word with an ellipsis. */
export function truncateAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const kept = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.—–-]+$/u, '')}…`;
}

/** Curly quotes, apostrophes and ellipses: a typographic change only, the words stay the article's. */
export function typeset(text: string): string {
  return text
    .replace(/\.\.\./g, '\u2026')
    .replace(/(^|[\s([{—–-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{—–-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** The caption as a sentence of its own: its trailing ":" (or "…", which leads to the next moment) becomes ".". */
export function sentence(caption: string): string {
  return typeset(caption.trim()).replace(/\s*(?::|…)$/u, '.');
}

export interface StandaloneText {
  /** Who is pictured: "Selena Gomez and Rema". */
  who: string;
  /** Where: "backstage at the 2023 VMAs". */
  place: string;
  /** The caption as a sentence, cut so that the whole description fits. */
  body: string;
  /** `${who} ${place}. ${body}`: at most 160 characters. */
  description: string;
}

/** The description of a link preview, and the same words, in parts, for its image. */
export function standaloneText(input: { names: readonly string[]; caption: string; place: string }): StandaloneText {
  const who = joinNames(input.names);
  const lead = `${who} ${input.place}.`;
  const room = DESCRIPTION_MAX - Array.from(lead).length - 1;
  const body = room > 20 ? truncateAtWord(sentence(input.caption), room) : '';
  const description = body ? `${lead} ${body}` : truncateAtWord(lead, DESCRIPTION_MAX);
  return { who, place: input.place, body, description };
}

/**
 * A tab title of at most 60 characters that names everyone when it can:
 * "Selena Gomez & Rema · Backstage at the 2023 VMAs", else "Kelsea Ballerini, Chase Stokes &
 * Bebe Rexha · 2023 VMAs", else "Ann Example, Bo Example & 4 more · 2023 VMAs".
 */
export function standaloneTitle(input: { names: readonly string[]; place: string; tag: string }): string {
  const fits = (title: string) => Array.from(title).length <= TITLE_MAX;
  const everyone = joinNames(input.names, '&');
  const place = input.place.charAt(0).toUpperCase() + input.place.slice(1);
  for (const title of [`${everyone} · ${place}`, `${everyone} · ${input.tag}`]) if (fits(title)) return title;
  for (let shown = input.names.length - 1; shown >= 1; shown -= 1) {
    const title = `${input.names.slice(0, shown).join(', ')} & ${input.names.length - shown} more · ${input.tag}`;
    if (fits(title)) return title;
  }
  return truncateAtWord(`${input.names[0]} · ${input.tag}`, TITLE_MAX);
}
