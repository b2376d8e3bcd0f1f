// What a screen reader says, walking the page item by item (the virtual screen reader in jsdom).
import { virtual } from '@guidepup/virtual-screen-reader';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cardName, catalog, momentAt, momentBySlug } from '../catalogue';
import { momentTitle } from '../../src/content/catalog';
import { paths } from '../../src/paths';
import { renderApp } from '../test-utils';

/** Everything said from the start of `container` until `done` says so (or `max` steps). */
async function walk(container: Node, done: (phrase: string) => boolean, max = 800): Promise<string[]> {
  await virtual.start({ container });
  try {
    for (let step = 0; step < max && !done(await virtual.lastSpokenPhrase()); step += 1) await virtual.next();
    return await virtual.spokenPhraseLog();
  } finally {
    await virtual.stop();
  }
}

const timesSaid = (log: string[], text: string) => log.filter((phrase) => phrase.includes(text)).length;

describe('a screen reader', () => {
  it('walking the first three cards, hears each card’s people as a heading, a short link, and each caption once', async () => {
    renderApp({ url: '/' });
    const log = await walk(screen.getByRole('list', { name: 'Moments' }), (phrase) => phrase.startsWith('end of listitem, level 1, position 3,'));
    expect(log.at(-1)).toMatch(/^end of listitem, level 1, position 3/);
    for (const moment of catalog.moments.slice(0, 3)) {
      const name = cardName(moment);
      expect(log, `moment ${moment.number}`).toContain(`heading, ${name}, level 2`);
      expect(log, `moment ${moment.number}`).toContain(`link, ${name}`);
      expect(timesSaid(log, moment.caption), `moment ${moment.number}'s caption`).toBe(1);
      expect(timesSaid(log, moment.alt), `moment ${moment.number}'s photo description`).toBe(1);
    }
    // The artwork is not announced as a photo; each card's links are its one link.
    expect(log.filter((phrase) => phrase.startsWith('image'))).toEqual([]);
    expect(log.filter((phrase) => phrase.startsWith('link,'))).toHaveLength(3);
  });

  it('on a moment’s page, hears its position once, and where Previous and Next go', async () => {
    const moment = momentBySlug('nsync-reunited');
    const index = catalog.moments.indexOf(moment);
    renderApp({ url: paths.moment.getHref(moment.slug) });
    const log = await walk(document.body, (phrase) => phrase.startsWith('end of navigation, Previous and next moments'));
    expect(log.at(-1)).toMatch(/^end of navigation, Previous and next moments/);
    expect(log.join('\n').match(new RegExp(`\\b${moment.number}\\s+of\\s+${catalog.moments.length}\\b`, 'g'))).toHaveLength(1);
    expect(log).toContain(`link, Previous moment: ${momentTitle(momentAt(index - 1))}`);
    expect(log).toContain(`link, Next moment: ${momentTitle(momentAt(index + 1))}`);
    expect(timesSaid(log, moment.caption)).toBe(1);
  });
});
