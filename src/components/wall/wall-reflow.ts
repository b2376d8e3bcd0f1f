/*
 * The wall's motion when its cards change (a filter on or off), measured and played by hand so
 * its cost follows what is on screen, not how many moments there are:
 * - leaving cards that were on screen fade out where they stood (a copy, out of the flow: the
 *   real card is gone at once, so the rest take their places in the same frame);
 * - staying cards that were or are on screen glide from their old place to the new (FLIP);
 * - everything off screen simply is where it is. With reduced motion, nothing glides.
 * Entering cards fade in by CSS (.card-enter), as on the first paint.
 */

/** Below this many staying cards, every one is measured before the change: one off screen may glide into view. */
const MEASURE_ALL_BELOW = 60;
const GLIDE: KeyframeAnimationOptions = { duration: 380, easing: 'cubic-bezier(0.2, 0.7, 0.2, 1)' };
const FADE: KeyframeAnimationOptions = { duration: 180, easing: 'ease-out', fill: 'forwards' };

export interface ReflowSnapshot {
  /** Where the staying cards worth moving stood, by slug. */
  before: Map<string, DOMRect>;
  /** Copies of the leaving cards that were on screen, and where they stood. */
  leaving: { ghost: HTMLElement; box: DOMRect }[];
}

const gliding = new WeakMap<Element, Animation>();
/** How many fades and glides are running in each list. */
const running = new WeakMap<HTMLElement, number>();
const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
/** "On screen" reaches half a window past each edge: a card just out of sight is seen the moment one scrolls. */
const margin = () => window.innerHeight / 2;
const onScreen = (box: DOMRect) => box.bottom > -margin() && box.top < window.innerHeight + margin() && box.height > 0;

function cardsOf(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(':scope > li[data-slug]:not([data-ghost])')];
}

/**
 * The cards on screen (or nearly): the grid places them in reading order, so their tops only grow; a binary
 * search finds the first one on screen in a handful of reads of a layout that is already clean.
 */
function cardsOnScreen(cards: HTMLElement[]): HTMLElement[] {
  let low = 0;
  let high = cards.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cards[middle]!.getBoundingClientRect().bottom <= -margin()) low = middle + 1;
    else high = middle;
  }
  const shown: HTMLElement[] = [];
  for (let index = low; index < cards.length; index++) {
    const card = cards[index]!;
    if (card.getBoundingClientRect().top >= window.innerHeight + margin()) break;
    shown.push(card);
  }
  return shown;
}

/** Before React changes the list: what is on screen, and where. */
export function takeSnapshot(list: HTMLElement, next: ReadonlySet<string>): ReflowSnapshot {
  const cards = cardsOf(list);
  const shown = cardsOnScreen(cards);
  const before = new Map<string, DOMRect>();
  const leaving: ReflowSnapshot['leaving'] = [];
  for (const card of shown) {
    const slug = card.dataset.slug!;
    if (next.has(slug)) before.set(slug, card.getBoundingClientRect());
    else leaving.push({ ghost: ghostOf(card), box: card.getBoundingClientRect() });
  }
  const staying = cards.filter((card) => next.has(card.dataset.slug!));
  if (staying.length < MEASURE_ALL_BELOW) for (const card of staying) before.set(card.dataset.slug!, card.getBoundingClientRect());
  return { before, leaving };
}

function ghostOf(card: HTMLElement): HTMLElement {
  const ghost = card.cloneNode(true) as HTMLElement;
  ghost.classList.remove('card-enter');
  ghost.setAttribute('data-ghost', '');
  ghost.setAttribute('aria-hidden', 'true');
  ghost.inert = true;
  // Two copies of one gradient id would be harmless but invalid: the copy needs none.
  for (const element of ghost.querySelectorAll('[id]')) element.removeAttribute('id');
  return ghost;
}

/** After React changed the list: plays the fades and glides the snapshot calls for. */
export function playReflow(list: HTMLElement, { before, leaving }: ReflowSnapshot): void {
  // A browser without the Web Animations API (or jsdom) just shows the new list.
  if (typeof list.animate !== 'function') return;
  const still = reduced();
  const listBox = list.getBoundingClientRect();
  for (const { ghost, box } of leaving) {
    // Positioned by the CSSOM, which the CSP allows (it forbids only style="" in markup).
    Object.assign(ghost.style, {
      position: 'absolute',
      margin: '0',
      left: `${box.left - listBox.left}px`,
      top: `${box.top - listBox.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      pointerEvents: 'none',
    });
    list.append(ghost);
    const to = still ? { opacity: 0 } : { opacity: 0, transform: 'scale(0.96)' };
    const fade = ghost.animate([{ opacity: 1, transform: 'none' }, to], FADE);
    clipDuring(list, fade);
    fade.finished.then(
      () => ghost.remove(),
      () => ghost.remove(),
    );
  }
  if (still || before.size === 0) return;

  const moved: { card: HTMLElement; from: DOMRect }[] = [];
  for (const [slug, from] of before) {
    const card = list.querySelector<HTMLElement>(`:scope > li[data-slug="${CSS.escape(slug)}"]:not([data-ghost])`);
    if (!card) continue;
    gliding.get(card)?.cancel();
    moved.push({ card, from });
  }
  // All reads, then all writes: one layout for the lot.
  const boxes = moved.map(({ card }) => card.getBoundingClientRect());
  moved.forEach(({ card, from }, index) => {
    const to = boxes[index]!;
    const dx = from.left - to.left;
    const dy = from.top - to.top;
    if ((dx === 0 && dy === 0) || (!onScreen(from) && !onScreen(to))) return;
    const glide = card.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], GLIDE);
    clipDuring(list, glide);
    gliding.set(card, glide);
  });
}

/**
 * While its cards move, the list clips what they draw outside it. A card drawn at its old place
 * below the list's new end, or the copy of a leaving one, would otherwise keep the page as long as
 * it was until the motion ends: only then would the page shrink, and its scroll, the sticky
 * filters with it, jump, moving the filter a person is about to click from under the pointer.
 * Clipped, the page takes its new length in the same frame as the change.
 */
function clipDuring(list: HTMLElement, animation: Animation): void {
  const count = (running.get(list) ?? 0) + 1;
  running.set(list, count);
  if (count === 1) list.style.overflow = 'clip';
  const settled = () => {
    const left = (running.get(list) ?? 1) - 1;
    running.set(list, left);
    if (left === 0) list.style.overflow = '';
  };
  animation.finished.then(settled, settled);
}
