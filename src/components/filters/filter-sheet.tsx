import { useEffect, useId, useRef, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { mark } from '../../prepaint/marks';
import { ClearFilters } from './clear-filters';
import { FilterPanel, type FilterPanelProps } from './filter-panel';
import { Icon } from '../ui/icon';
import { useDisplayed } from '../ui/use-displayed';

const supportsCommands = () => typeof HTMLButtonElement !== 'undefined' && 'commandForElement' in HTMLButtonElement.prototype;
const supportsLightDismiss = () => typeof HTMLDialogElement !== 'undefined' && 'closedBy' in HTMLDialogElement.prototype;

/**
 * For browsers without invoker commands (WebKit): do what the button's `command` says. Before
 * the app's script runs there, the page's inline script has made the buttons popover invokers
 * (src/prepaint/popover-invokers.ts), which show the sheet as a popover; from now on it opens
 * as a modal dialog, so the popover's own toggle is cancelled.
 */
function invoke(event: MouseEvent<HTMLButtonElement>) {
  if (supportsCommands()) return;
  const sheet = document.getElementById(event.currentTarget.getAttribute('commandfor') ?? '');
  if (!(sheet instanceof HTMLDialogElement)) return;
  event.preventDefault();
  // Opened as a popover before the app ran: hide that one first.
  if (typeof sheet.hidePopover === 'function' && sheet.matches(':popover-open')) sheet.hidePopover();
  if (event.currentTarget.getAttribute('command') === 'show-modal') sheet.showModal();
  else sheet.close();
}

/** For browsers without `closedby`: a tap on the backdrop (the dialog itself, outside its box) closes it. */
function lightDismiss(event: MouseEvent<HTMLDialogElement>) {
  if (!supportsLightDismiss() && event.target === event.currentTarget) event.currentTarget.close();
}

/**
 * Firefox closes the sheet on a tap beside it (closedby) with focus left on the page, not on
 * the Filters button it came from, as Chromium and the fallback above leave it: put it back.
 */
function refocusOpener(event: SyntheticEvent<HTMLDialogElement>) {
  const focused = document.activeElement;
  if (focused !== null && focused !== document.body) return;
  document.querySelector<HTMLElement>(`[command="show-modal"][commandfor="${event.currentTarget.id}"]`)?.focus();
}

interface FilterSheetProps extends FilterPanelProps {
  chosen: number;
  /** The count of moments shown, as the wall says it ("4 moments" and " of 19"). */
  count: ReactNode;
}

/**
 * On phones and small tablets: a compact "Filters" button that opens every filter in a modal
 * sheet. It is a native <dialog> opened by an invoker command, so it works before the app's
 * script: focus moves in and back, Escape and a tap on the backdrop close it, the page behind
 * is inert and (index.css) does not scroll. A choice applies at once; the sheet's own status
 * announces the new count, since the wall's is behind the modal. Where there are no invoker
 * commands, it is a popover until the app's script runs (docs/decisions/006-three-engines.md).
 */
export function FilterSheet({ options, filters, chosen, count }: FilterSheetProps) {
  const id = useId();
  const sheet = `${id}-sheet`;
  const opener = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  // From `lg:` up the sidebar holds the filters and the Filters button is hidden: the sheet
  // cannot be opened, so its copy of the filters is let go once the app runs (and the sheet,
  // if the window was widened while it was open, closes).
  const displayed = useDisplayed(opener);
  useEffect(() => {
    if (!displayed && dialog.current?.open) dialog.current.close();
  }, [displayed]);
  return (
    <>
      <button
        ref={opener}
        type="button"
        command="show-modal"
        commandfor={sheet}
        aria-haspopup="dialog"
        onClick={invoke}
        className="inline-flex min-h-11 items-center gap-2 rounded-full border border-white/20 bg-white/5 px-4 text-sm font-semibold text-white hover:bg-white/10 lg:hidden"
      >
        <Icon name="filters" className="size-4" />
        Filters
        <span
          hidden={chosen === 0}
          {...{ [mark.attribute]: mark.chosen }}
          suppressHydrationWarning
          className="rounded-full bg-gold-400 px-2 text-xs font-bold whitespace-nowrap text-night-950"
        >
          {`${chosen} chosen`}
        </span>
      </button>
      <dialog
        ref={dialog}
        id={sheet}
        closedby="any"
        popover="auto"
        aria-labelledby={`${id}-title`}
        onClick={lightDismiss}
        onClose={refocusOpener}
        className="filter-sheet mx-0 mt-auto mb-0 flex max-h-[88dvh] w-full max-w-none sm:mx-auto sm:max-w-2xl flex-col rounded-t-3xl border-t border-white/15 bg-night-900 text-white backdrop:bg-black/70"
      >
        <div className="flex items-center justify-between gap-4 px-4 pt-3 pb-2">
          <h2 id={`${id}-title`} className="text-lg font-bold">
            Filters
          </h2>
          <button
            type="button"
            command="close"
            commandfor={sheet}
            onClick={invoke}
            aria-label="Close filters"
            className="inline-flex size-11 items-center justify-center rounded-full bg-white/10 hover:bg-white/20"
          >
            <Icon name="close" className="size-5" />
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 pt-1 pb-4">
          {displayed && <FilterPanel options={options} filters={filters} />}
        </div>
        {/* At 320 px the three fit only if the count and then "Clear all filters" may take two lines. */}
        <div className="flex items-center justify-between gap-2 border-t border-white/10 px-4 py-3">
          <ClearFilters active={chosen > 0} wraps className="-ml-3 min-w-0" />
          <p className="shrink-[4] text-center text-sm text-white/70">{count}</p>
          <button
            type="button"
            command="close"
            commandfor={sheet}
            onClick={invoke}
            className="min-h-11 shrink-0 rounded-full bg-gold-400 px-4 text-sm font-bold text-night-950 hover:bg-gold-300"
          >
            Done
          </button>
        </div>
      </dialog>
    </>
  );
}
