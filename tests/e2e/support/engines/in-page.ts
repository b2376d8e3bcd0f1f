// What the driver layer runs inside the page, the same in every engine: Testing Library's role
// queries (the accessible name as assistive technology computes it), and a watcher that records
// every uncaught error, unhandled rejection, console error or warning and CSP violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Records problems in `window.__e2eProblems` from the moment it runs. Where the driver can run a
 * script before the page's own (Chromium, Firefox), it is installed that way; WebKit's classic
 * WebDriver cannot, so there it starts once the page has loaded (see webkit.ts).
 */
export const WATCHER = `(() => {
  if (window.__e2eProblems) return;
  const problems = (window.__e2eProblems = []);
  const where = () => location.pathname + location.search;
  addEventListener('error', (event) => problems.push('uncaught ' + (event.error && event.error.name || 'error') + ': ' + event.message + ' on ' + where()));
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + (event.reason && event.reason.message || event.reason) + ' on ' + where()));
  document.addEventListener('securitypolicyviolation', (event) => problems.push('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' on ' + where()), true);
  for (const type of ['error', 'warn']) {
    const original = console[type].bind(console);
    console[type] = (...args) => { problems.push('console.' + type + ': ' + args.map(String).join(' ') + ' on ' + where()); original(...args); };
  }
})();`;

/** A serialisable accessible name: a string matched exactly, or a regular expression. */
export type NameMatch = string | { source: string; flags: string };

/**
 * `window.__e2e`: finds elements by role and name (as Testing Library's `queryAllByRole`, hidden
 * elements left out), optionally inside another such element, and hit-tests a point.
 */
const FINDER = `(() => {
  if (window.__e2e) return;
  const TL = window.TestingLibraryDom;
  const nameOf = (name) => name == null ? undefined : typeof name === 'string' ? name : new RegExp(name.source, name.flags);
  function all(target) {
    let scope = document.body;
    if (target.within) {
      scope = one(target.within);
      if (!scope) return [];
    }
    const options = { name: nameOf(target.name), hidden: false };
    if (target.level != null) options.level = target.level;
    return TL.queryAllByRole(scope, target.role, options);
  }
  function one(target) {
    const found = all(target);
    if (target.nth != null) return found[target.nth] || null;
    if (found.length > 1) throw new Error(found.length + ' elements have role ' + target.role + ' and name ' + JSON.stringify(target.name) + ': say which (nth)');
    return found[0] || null;
  }
  // The name option sees every element of the role, hidden ones too (Testing Library filters by
  // name before it leaves out the hidden): keep the names of those it gives back.
  function names(target) {
    const seen = new Map();
    let scope = document.body;
    if (target.within) { scope = one(target.within); if (!scope) return []; }
    const options = { hidden: false, name: (name, element) => { seen.set(element, name); return true; } };
    if (target.level != null) options.level = target.level;
    return TL.queryAllByRole(scope, target.role, options).map((element) => seen.get(element));
  }
  // What has focus, with its role and accessible name as the role queries compute them.
  function focused() {
    const el = document.activeElement;
    const tag = el ? el.tagName.toLowerCase() : 'none';
    const plain = { tag, role: null, name: '', href: null, text: '', inDialog: false };
    if (!el || el === document.body || el === document.documentElement) return plain;
    const parent = el.parentElement || document.documentElement;
    let role = null;
    const roles = TL.getRoles(parent, { hidden: true });
    for (const candidate of Object.keys(roles)) if (roles[candidate].includes(el)) { role = candidate; break; }
    let name = '';
    if (role) TL.queryAllByRole(parent, role, { hidden: true, name: (computed, element) => { if (element === el) name = computed; return false; } });
    return { tag, role, name, href: el.getAttribute('href'), text: (el.textContent || '').trim(), inDialog: Boolean(el.closest('dialog')) };
  }
  window.__e2e = { all, one, names, focused };
})();`;

let bundle: string | undefined;

/** Testing Library's browser build and the finder, as one script to evaluate in a page. */
export function finderScript(): string {
  bundle ??= `${readFileSync(require.resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8')};\n${FINDER}`;
  return bundle;
}
