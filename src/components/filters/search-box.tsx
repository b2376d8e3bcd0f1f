import { useEffect, useId, useLayoutEffect, useRef, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { catalog } from '../../content/catalog';
import { useWordsCountWhile } from '../../content/words';
import { isSearching, type Filters } from '../../domain/filters';
import { SEARCH_KEY } from '../../domain/query';
import { SEARCH_MAX_LENGTH, tidySearch } from '../../domain/search';
import { paths } from '../../paths';
import { mark } from '../../prepaint/marks';
import { usePreparedSearch } from './use-prepared-search';
import { useSearchDraft } from './use-search-draft';

/**
 * "Search moments": words of the captions and names of people and awards, any case and accents,
 * narrowing the wall as they are typed (together with the filters). It is a plain GET form to
 * the wall (`/?q=…`), so Enter works before and without the app's script; Escape empties it
 * (and only then, on a phone, closes the sheet around it).
 */
export function SearchBox({ filters }: { filters: Filters }) {
  const id = useId();
  const { draft, change, settle } = useSearchDraft(filters);
  const box = useRef<HTMLInputElement>(null);

  useLettersTypedEarly(box, draft, change);
  usePreparedSearch();
  // A search typed before every caption came: how many it has looked at, until it has them all.
  const total = catalog.moments.length;
  const captions = useWordsCountWhile(isSearching(filters));

  /** Enter: what the box says is the search; done. */
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = box.current?.value ?? '';
    if (typed !== draft) change(typed);
    settle();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Escape') return;
    if (draft === '') {
      // An empty box leaves Escape to the sheet around it. WebKit's search field keeps Escape to
      // itself (no close request reaches the dialog), so the sheet is closed here, in every
      // engine alike, and the key's own close request is cancelled.
      const sheet = event.currentTarget.closest('dialog');
      if (sheet?.open) {
        event.preventDefault();
        sheet.close();
      }
      return;
    }
    // Only the box empties, not the sheet around it closes.
    event.preventDefault();
    event.stopPropagation();
    change('');
  }

  return (
    <form
      role="search"
      action={paths.wall.path}
      method="get"
      onSubmit={onSubmit}
      className="flex flex-col gap-2"
    >
      <label htmlFor={`${id}-q`} className="text-xs font-bold tracking-widest text-white/60 uppercase">
        Search moments
      </label>
      <input
        ref={box}
        id={`${id}-q`}
        type="search"
        name="q"
        value={draft}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        spellCheck={false}
        placeholder="Words, people, awards"
        aria-describedby={`${id}-hint`}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        {...{ [mark.attribute]: mark.searchBox }}
        className="min-h-11 w-full min-w-0 rounded-xl border border-white/20 bg-white/5 px-3 text-base text-white placeholder:text-white/60 focus-visible:border-gold-400"
      />
      <p id={`${id}-hint`} className="sr-only">
        Finds the moments whose caption or names have every word typed. Escape clears it.
      </p>
      {captions > 0 && captions < total && (
        <p className="text-xs text-white/70">
          {`Searched the captions of ${captions} of ${total} moments so far; the rest are on their way.`}
        </p>
      )}
      {/* With JavaScript off, nothing can narrow a wall a static host serves whole (docs/decisions/006). */}
      <noscript>
        <p className="text-xs text-white/70">Without JavaScript the search cannot narrow the wall: every moment is below, and your browser’s Find in page searches them.</p>
      </noscript>
    </form>
  );
}

/**
 * Letters typed into the prerendered box before the app's script ran: hydration leaves them in the
 * box, but the draft knows nothing of them, and the next render would empty it. They are noted as
 * the box starts (a box whose text is the draft, or the address's search as the page's inline
 * script wrote it, was not typed in), then taken up as typed once the app renders the real address (the first
 * render is of the address the page was prerendered for: use-first-paint-location.ts). Once; from
 * then on the box and the draft move together.
 *
 * Taken up in a passive effect, not a layout one: on the wall's own address (`/`, nothing to
 * render twice) the first render is already the real one, and in its layout effects the router
 * above has not yet begun to listen to history (its own layout effect runs after its children's),
 * so the address would change while the wall went on showing the old one. The box keeps showing
 * the letters meanwhile (hydration left them there).
 */
function useLettersTypedEarly(box: RefObject<HTMLInputElement | null>, draft: string, change: (text: string) => void) {
  const rendered = useLocation().search;
  const typed = useRef<string | null>(null);
  useLayoutEffect(() => {
    const text = box.current?.value ?? '';
    // Rendered afresh, the box says the draft: only hydration can leave other letters there.
    if (text === draft) return;
    const addressed = new URLSearchParams(window.location.search).get(SEARCH_KEY) ?? '';
    if (tidySearch(text) !== tidySearch(addressed)) typed.current = text;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [box]);
  useEffect(() => {
    if (typed.current === null || rendered !== window.location.search) return;
    const text = typed.current;
    typed.current = null;
    if (text !== draft) change(text);
  });
}
