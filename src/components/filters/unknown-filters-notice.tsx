import { Link } from 'react-router';
import type { FacetKind, Filters, KnownIds } from '../../domain/filters';
import { displayValue, NOTICE_MAX_VALUES } from '../../domain/query';
import { closestByIdOrName } from '../../domain/suggest';
import { paths } from '../../paths';

const nouns: Record<FacetKind, string> = { people: 'person', awards: 'award' };

const linkClass = 'font-semibold underline underline-offset-4';

/**
 * Says which values in the address named nothing we know, asks "Did you mean …?" when one is a
 * typo away from a person or award, and offers the address without them. Whatever was typed or
 * pasted, it names three at most, each short and stripped of control and direction characters,
 * and wraps anywhere: an address never widens the page.
 */
export function UnknownFiltersNotice({ unknown, filters, known }: { unknown: Record<FacetKind, string[]>; filters: Filters; known: KnownIds }) {
  const values = (['people', 'awards'] as const).flatMap((kind) => unknown[kind].map((value) => ({ kind, value })));
  if (values.length === 0) return null;
  const shown = values.slice(0, NOTICE_MAX_VALUES);
  const more = values.length - shown.length;
  const suggestions = shown.flatMap(({ kind, value }) => {
    const meant = closestByIdOrName(value, known[kind]);
    if (!meant || filters[kind].includes(meant.id)) return [];
    const wanted = new Set([...filters[kind], meant.id]);
    const href = paths.wall.getHref({ ...filters, [kind]: known[kind].map((entry) => entry.id).filter((id) => wanted.has(id)) });
    return [{ key: `${kind}:${value}`, name: meant.name, href }];
  });
  return (
    <div className="min-w-0 rounded-xl border border-gold-400/40 bg-gold-400/10 px-4 py-3 text-sm text-gold-300 [overflow-wrap:anywhere]">
      <p>
        We ignored {values.length === 1 ? 'a filter' : 'filters'} we don’t know:{' '}
        {shown.map(({ kind, value }) => `${nouns[kind]} “${displayValue(value)}”`).join(', ')}
        {more > 0 && ` and ${more} more`}.{' '}
        {suggestions.map(({ key, name, href }) => (
          <span key={key}>
            <Link to={href} className={linkClass}>
              Did you mean {name}?
            </Link>{' '}
          </span>
        ))}
        <Link to={paths.wall.getHref(filters)} className={linkClass}>
          {values.length === 1 ? 'Remove it' : 'Remove them'}
        </Link>
      </p>
    </div>
  );
}
