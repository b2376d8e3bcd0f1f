import { Link } from 'react-router';
import { pageCount, pageRange, pagerItems } from '../../domain/pages';
import { paths } from '../../paths';
import { mark } from '../../prepaint/marks';

const link = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-white/15 px-3 text-sm font-semibold text-white hover:border-white/40 hover:bg-white/10';
const here = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full bg-gold-400 px-3 text-sm font-bold text-night-950';

/**
 * A windowed wall's pages (src/domain/pages.ts): which moments this page lists, then Previous,
 * the first and last pages and those around this one, and Next, as real links, so that every
 * moment is a few links away without JavaScript. Hidden on a filtered wall (the pages are the
 * whole wall's); the prepaint script hides it there before the app runs.
 */
export function Pager({ page, total, hidden = false }: { page: number; total: number; hidden?: boolean }) {
  const count = pageCount(total);
  const { from, to } = pageRange(page, total);
  return (
    <nav aria-label="Pages of moments" hidden={hidden} {...{ [mark.attribute]: mark.pages }} className="flex flex-col gap-3 border-t border-white/10 pt-6">
      <p className="text-sm text-white/70">{`Page ${page} of ${count}: moments ${from + 1} to ${to} of ${total}.`}</p>
      <ul role="list" className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link to={paths.page.getHref(page - 1)} rel="prev" className={link}>
              Previous page
            </Link>
          </li>
        )}
        {pagerItems(page, count).map((item, index) =>
          item === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-white/50">
              …
            </li>
          ) : (
            <li key={item}>
              <Link to={paths.page.getHref(item)} aria-label={`Page ${item}`} aria-current={item === page ? 'page' : undefined} className={item === page ? here : link}>
                {item}
              </Link>
            </li>
          ),
        )}
        {page < count && (
          <li>
            <Link to={paths.page.getHref(page + 1)} rel="next" className={link}>
              Next page
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
