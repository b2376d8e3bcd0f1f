// Reads the `_headers` file the build writes (scripts/build/security.ts): the one statement of the
// site's response headers, used by `vite preview` (scripts/serve/static-host.ts) and nginx
// (scripts/serve/serve-nginx.mjs) as Netlify and Cloudflare Pages use it.

/** The rules of a `_headers` file: a path pattern (`/*`, `/assets/*`, `/`) and its headers. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length > 0) rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers the rules give a path: every rule whose pattern matches (a final `*` is a prefix). */
export function headersFor(rules, path) {
  const matches = (pattern) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return Object.fromEntries(rules.filter((rule) => matches(rule.path)).flatMap((rule) => rule.headers));
}
