/**
 * Where the browser has no invoker commands (WebKit: Safari, every iPhone browser), a button's
 * `command="show-modal"` does nothing until the app's script runs, and that may be seconds on a
 * slow network, or never. So, from the page's own inline script, each such button whose target
 * is also a popover (the filter sheet: `<dialog popover>`) becomes its popover invoker: the
 * sheet then shows as a popover, which the browser closes on Escape and on a tap beside it. Once
 * the app runs it opens the sheet as a modal dialog instead (src/components/filters/filter-sheet.tsx).
 * Browsers with invoker commands are left alone: they would warn that popovertarget is ignored.
 */
export function popoverInvokers(doc: Document): void {
  const view = doc.defaultView;
  if (!view || 'commandForElement' in view.HTMLButtonElement.prototype || !('popover' in view.HTMLElement.prototype)) return;
  const apply = () => {
    for (const button of doc.querySelectorAll('button[command][commandfor]')) {
      const target = doc.getElementById(button.getAttribute('commandfor') ?? '');
      if (!target?.hasAttribute('popover')) continue;
      button.setAttribute('popovertarget', target.id);
      button.setAttribute('popovertargetaction', button.getAttribute('command') === 'show-modal' ? 'show' : 'hide');
    }
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', apply, { once: true });
  else apply();
}
