// The wall's inline script writes a filtered address into the wall prerendered for `/`. What it
// writes must be what the app renders for that address, or hydration would not match the
// screen: compared element by element, attribute by attribute, text by text.
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app';
import { catalog } from '../../../src/content/catalog';
import { FINDING, HELD, WINDOWED } from '../../../src/prepaint/marks';
import { prepaint } from '../../../src/prepaint/prepaint';

const html = new Map<string, string>();

/** A parsed page holding what the prerenderer renders for an address (each rendered once). */
function page(url: string): Document {
  if (!html.has(url)) {
    html.set(
      url,
      renderToString(
        <StaticRouter location={url}>
          <App />
        </StaticRouter>,
      ),
    );
  }
  const doc = document.implementation.createHTMLDocument('wall');
  doc.body.innerHTML = `<div id="root">${html.get(url)}</div>`;
  return doc;
}

const rendered = (url: string) => page(url).getElementById('root')!;

/**
 * Elements as tag, sorted attributes and text, one per line: a readable diff when they differ.
 * React's generated ids depend on where a component sits, and a card sits elsewhere in a
 * filtered list; the cards keep the ids they were hydrated with, so ids are compared as ids.
 */
function describeTree(element: Element, depth = 0): string[] {
  const generatedId = /_R_[0-9a-z]+_/g;
  const attributes = [...element.attributes].map((attribute) => `${attribute.name}="${attribute.value.replace(generatedId, '«id»')}"`).sort();
  const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
  const line = `${'  '.repeat(depth)}<${element.localName} ${attributes.join(' ')}>${own}`;
  return [line, ...[...element.children].flatMap((child) => describeTree(child, depth + 1))];
}

/** The prerendered wall with the address written in by the script, hidden cards taken out. */
function prepainted(url: string, windowed = false): HTMLElement {
  const doc = page('/');
  // A windowed wall's page is told by its list (here the 19 cards stand for the first few of many).
  if (windowed) doc.getElementById('moments')!.setAttribute(WINDOWED, '');
  prepaint(doc, new URL(url, 'http://wall').search, catalog);
  // As in the browser, the page is written once it is parsed.
  expect(doc.readyState).toBe('loading');
  doc.dispatchEvent(new Event('DOMContentLoaded'));
  if (windowed) {
    // The options' counts stay unseen till the app lets them go (jsdom has no constructable
    // stylesheets: the e2e tests of tests/e2e/wall/windowed.test.ts see what is hidden).
    expect(doc.documentElement.hasAttribute(HELD)).toBe(true);
    doc.getElementById('moments')!.removeAttribute(WINDOWED);
  } else expect(doc.adoptedStyleSheets ?? [], 'the stylesheet for the wait is gone').toEqual([]);
  const root = doc.getElementById('root')!;
  for (const card of root.querySelectorAll<HTMLElement>('#moments > li')) {
    if (card.hidden) card.remove();
    // The entrance stagger of the cards left (CSSOM, not markup; the app's CSS gives the same).
    else card.removeAttribute('style');
  }
  return root;
}

const ids = (kind: 'people' | 'awards') => catalog[kind].map((entry) => entry.id);
const addresses = [
  ...ids('people').map((id) => `/?person=${id}`),
  ...ids('awards').map((id) => `/?award=${id}`),
  '/?person=taylor-swift&person=selena-gomez',
  '/?person=karol-g&award=best-collaboration',
  '/?award=best-pop&award=global-icon',
  '/?person=taylor-swift&award=best-pop',
  '/?person=Taylor%20Swift&person=SELENA-GOMEZ',
  // Searches: alone, with filters, finding nothing, of no words, spelt oddly.
  '/?q=renee',
  '/?q=RENEE&person=renee-rapp',
  '/?q=taylor&person=selena-gomez',
  '/?q=best&award=best-pop&award=global-icon',
  '/?q=zzzz',
  '/?q=zzzz&person=karol-g',
  '/?q=!!!',
  '/?person=karol-g&q=%20%20Karol%20%20',
  `/?q=${'hug%20'.repeat(40)}`,
  '/?q=%3Cscript%3E%22%27',
];

// Each test parses two whole walls in jsdom: slow on a busy machine, never stuck.
describe('the script that writes a filtered address into the prerendered wall', { timeout: 30_000 }, () => {
  it.each(addresses)('writes %s as the app renders it', (url) => {
    expect(describeTree(prepainted(url))).toEqual(describeTree(rendered(url)));
  });

  it('changes nothing without filters, or with only query keys the app does not use', () => {
    for (const url of ['/', '/?utm_source=x', '/?fbclid=abc&person=nobody']) {
      const doc = page('/');
      const before = doc.body.innerHTML;
      prepaint(doc, new URL(url, 'http://wall').search, catalog);
      doc.dispatchEvent(new Event('DOMContentLoaded'));
      expect(doc.body.innerHTML, url).toBe(before);
    }
  });

  // What only the whole catalogue can tell, blanked in both: the count, and each option's count,
  // description and whether it is open (a windowed wall's page leaves every option open).
  const withoutCounts = (root: HTMLElement) => {
    for (const element of root.querySelectorAll('[data-prepaint="shown"], [data-prepaint="of-total"], [data-option-count]')) element.textContent = '';
    for (const link of root.querySelectorAll('[data-facet]')) {
      root.querySelector(`[id="${link.getAttribute('aria-describedby')}"]`)!.textContent = '';
      link.removeAttribute('href');
      link.removeAttribute('aria-disabled');
    }
    return describeTree(root);
  };

  it.each(['/?q=renee', '/?person=taylor-swift&person=selena-gomez', '/?q=best&award=best-pop&award=global-icon', '/?q=!!!'])(
    'on a windowed wall writes %s as the app renders it, but for the counts: the count says it is finding them',
    (url) => {
      const root = prepainted(url, true);
      expect([...root.querySelectorAll('[data-prepaint="shown"]')].map((count) => count.textContent)).toEqual([FINDING, FINDING]);
      expect(withoutCounts(root)).toEqual(withoutCounts(rendered(url)));
    },
  );

  it('would notice a wrong count: the comparison is not blind', () => {
    const root = prepainted('/?person=karol-g');
    root.querySelector('[data-prepaint="shown"]')!.textContent = '19 moments';
    expect(describeTree(root)).not.toEqual(describeTree(rendered('/?person=karol-g')));
  });
});
