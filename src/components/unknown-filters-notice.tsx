import { Link } from 'react-router';
import type { FacetKind } from '../domain/filters';

const nouns: Record<FacetKind, string> = { people: 'person', awards: 'award' };

/** Says which values in the address named nothing we know, and offers the address without them. */
export function UnknownFiltersNotice({ unknown, cleanHref }: { unknown: Record<FacetKind, string[]>; cleanHref: string }) {
  const values = (['people', 'awards'] as const).flatMap((kind) =>
    unknown[kind].map((value) => `${nouns[kind]} “${value}”`),
  );
  if (values.length === 0) return null;
  return (
    <div className="rounded-xl border border-gold-400/40 bg-gold-400/10 px-4 py-3 text-sm text-gold-300">
      <p>
        We ignored {values.length === 1 ? 'a filter' : 'filters'} we don’t know: {values.join(', ')}.{' '}
        <Link to={cleanHref} className="font-semibold underline underline-offset-4">
          Tidy the address
        </Link>
      </p>
    </div>
  );
}
