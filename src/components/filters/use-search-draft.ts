import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Filters } from '../../domain/filters';
import { tidySearch } from '../../domain/search';
import { paths } from '../../paths';

/** What a search box puts in the history state of the entries it writes: which box wrote it. */
interface TypedState {
  typedIn: string;
}

const typedIn = (state: unknown): string | undefined =>
  typeof state === 'object' && state !== null && typeof (state as Partial<TypedState>).typedIn === 'string' ? (state as TypedState).typedIn : undefined;

/**
 * A search box's text while a person types it. The address is what the wall shows (it is the
 * only filter state); the box holds the letters typed, which reach the address at once, and keeps
 * them as typed (an address is tidied: spaces collapsed, at most 100 characters), whatever the
 * address says meanwhile (a render of the address can come after the next letter).
 *
 * History: the first change pushes one entry, the next ones replace it, so Back undoes a whole
 * search in one step and never steps through its letters. Any other way the address changes (a
 * filter, Clear all, Back, another box) puts its search into the box, and the next change pushes
 * again. An entry this box wrote is told apart by its history state.
 */
export function useSearchDraft(filters: Filters) {
  const location = useLocation();
  const navigate = useNavigate();
  const box = useId();
  const search = filters.search ?? '';
  const here = `${location.key} ${location.search}`;
  const [draft, setDraft] = useState(search);
  const [seen, setSeen] = useState(here);
  const [typing, setTyping] = useState(false);

  // Adjusting state to a new address during render (not in an effect): no frame shows the old text.
  if (here !== seen) {
    setSeen(here);
    if (!typing || typedIn(location.state) !== box) {
      setDraft(search);
      setTyping(false);
    }
  }

  /** The box now says `text`: so does the address. */
  function change(text: string) {
    setDraft(text);
    // A space more or less is the same search: no new address.
    if (tidySearch(text) === tidySearch(search)) return;
    setTyping(true);
    const state: TypedState = { typedIn: box };
    void navigate(paths.wall.getHref({ ...filters, search: text }), { replace: typing, state, preventScrollReset: true });
  }

  /** The search is done (Enter): the next change starts a new history entry. */
  function settle() {
    setTyping(false);
  }

  return { draft, change, settle };
}
