import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MomentCard } from '../../../scripts/build/og/moment-card';
import { creditLine, momentText } from '../../../src/content/catalog';
import { headFor } from '../../../src/head';
import { catalog } from '../../catalogue';

/** The words a preview image is drawn with, in order, as satori gets them. */
function words(markup: string): string[] {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const leaves = [...doc.body.querySelectorAll('div, span')].filter((element) => element.children.length === 0 || element.querySelector(':scope > span'));
  return leaves.map((element) => element.textContent ?? '').filter(Boolean);
}

describe("a moment's preview image", () => {
  it.each(catalog.moments)('moment $number says what its description says', (moment) => {
    const shown = words(renderToStaticMarkup(<MomentCard moment={moment} />));
    const { who, place, body } = momentText(moment);
    expect(headFor(`/moments/${moment.slug}/`).description).toBe(body ? `${who} ${place}. ${body}` : `${who} ${place}.`);
    expect(shown).toContain(who);
    expect(shown).toContain(place);
    if (body) expect(shown).toContain(body);
    expect(shown).toContain(creditLine(moment));
    // And nothing else of the caption: no longer or other text than the description's.
    expect(shown.filter((text) => text.length > 40 && ![who, body, creditLine(moment)].includes(text))).toEqual([]);
  });
});
