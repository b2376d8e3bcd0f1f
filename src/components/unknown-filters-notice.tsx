import { Link } from 'react-router';
import type { FacetKind } from '../domain/filters';
import { displayValue, NOTICE_MAX_VALUES } from '../domain/query';

const nouns: Record<FacetKind, string> = { people: 'person', awards: 'award' };

/**
 * Says which values in the address named nothing we know, and offers the address without them.
 * Whatever was typed or pasted, it names three at most, each short and stripped of control and
 * direction characters, and wraps anywhere: an address never widens the page.
 */
export function UnknownFiltersNotice({ unknown, cleanHref }: { unknown: Record<FacetKind, string[]>; cleanHref: string }) {
  const values = (['people', 'awards'] as const).flatMap((kind) =>
    unknown[kind].map((value) => `${nouns[kind]} “${displayValue(value)}”`),
  );
  if (values.length === 0) return null;
  const shown = values.slice(0, NOTICE_MAX_VALUES);
  const more = values.length - shown.length;
  return (
    <div className="min-w-0 rounded-xl border border-gold-400/40 bg-gold-400/10 px-4 py-3 text-sm text-gold-300 [overflow-wrap:anywhere]">
      <p>
        We ignored {values.length === 1 ? 'a filter' : 'filters'} we don’t know: {shown.join(', ')}
        {more > 0 && ` and ${more} more`}.{' '}
        <Link to={cleanHref} className="font-semibold underline underline-offset-4">
          Tidy the address
        </Link>
      </p>
    </div>
  );
}
