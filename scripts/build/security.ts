/**
 * The site's security policy, in one place: the Content Security Policy every prerendered page
 * carries as a <meta http-equiv> (with the sha256 of each of its own inline scripts and styles,
 * computed here from the finished HTML), the same policy plus frame-ancestors as a response
 * header, and the other headers. The prerenderer writes them into each page and into the files
 * hosts read (`_headers`, `_redirects`); `npm run serve:nginx` reads `_headers` for nginx.
 */
import { createHash } from 'node:crypto';

/** Sources of the page's own inline <script> and <style> elements, as the browser hashes them. */
export interface InlineSources {
  scripts: string[];
  styles: string[];
}

/** framer-motion's AnimatePresence (mode="popLayout") adds an empty <style> and fills it through
 * CSSOM (insertRule), which CSP does not govern: allowing the hash of '' admits only empty ones. */
const EMPTY_STYLE = '';

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every inline <script> without src and every <style> of an HTML page, in order. */
export function inlineSources(html: string): InlineSources {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((match) => !/\bsrc\s*=/i.test(match[1]!))
    .map((match) => match[2]!);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => match[1]!);
  return { scripts, styles };
}

const unique = (values: string[]) => [...new Set(values)];

/** The CSP for the given inline sources. A header may also say what a <meta> cannot. */
export function contentSecurityPolicy(sources: InlineSources, delivery: 'meta' | 'header'): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...unique(sources.scripts.map(sha256))].join(' '),
    ["style-src 'self'", ...unique([...sources.styles, EMPTY_STYLE].map(sha256))].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Ignored (with a console error) when delivered in a <meta>.
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Browser features the site never uses, all denied. Only names Chromium knows (others warn). */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  'xr-spatial-tracking',
];

/** The headers every response gets, given the union of all pages' inline sources. */
export function securityHeaders(sources: InlineSources): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(sources, 'header'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  };
}

/** How long each kind of file may be kept: hashed assets for a year, everything else revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The <meta> that carries a page's own policy; it goes first in <head>, before any script or style. */
export function withCspMeta(html: string): string {
  const policy = contentSecurityPolicy(inlineSources(html), 'meta');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
  if (!/<meta charset="[^"]*" \/>/i.test(html)) throw new Error('the page template lost its <meta charset>');
  return html.replace(/<meta charset="[^"]*" \/>/i, (charset) => `${charset}\n    ${meta}`);
}

/** `_headers` (Netlify, Cloudflare Pages): the headers for every path, then the cache rules. */
export function headersFile(sources: InlineSources): string {
  const all = Object.entries(securityHeaders(sources)).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Written by `npm run build` (scripts/build/security.ts). Netlify and Cloudflare Pages read this file.',
    '/*',
    ...all,
    '/assets/*',
    `  Cache-Control: ${CACHE_IMMUTABLE}`,
    '/',
    `  Cache-Control: ${CACHE_REVALIDATE}`,
    '/moments/*',
    `  Cache-Control: ${CACHE_REVALIDATE}`,
    '/og/*',
    `  Cache-Control: ${CACHE_REVALIDATE}`,
    '',
  ].join('\n');
}

/** `_redirects`: each moment's address without its slash → with it (paths match exactly there). */
export function redirectsFile(folders: string[]): string {
  return [
    '# Written by `npm run build` (scripts/build/security.ts). Netlify and Cloudflare Pages read this file;',
    '# both serve 404.html with status 404 for an unknown address without a rule.',
    ...folders.map((folder) => `${folder.replace(/\/$/, '')} ${folder} 301`),
    '',
  ].join('\n');
}

