import { event } from '../../content/catalog';

const ARTWORK = 'The artwork is generated; each moment credits the photographer of the original photo.';

/**
 * The credits: the article the captions come from (the catalogue's `event.source`, its title
 * linked when the file gives its address), then what the artwork is. Without a source it says
 * only what it knows. `className` places it (by default, centred like the header).
 */
export function SiteFooter({ className = 'mx-auto w-full max-w-7xl px-4 sm:px-6 lg:px-8' }: { className?: string }) {
  const { source } = event;
  const byline = source && ` by ${source.author}, ${source.publisher}. `;
  return (
    <footer className={`py-10 text-xs text-white/60 ${className}`}>
      <p>
        {source?.url ? (
          <>
            {'Captions from '}
            <a href={source.url} className="underline underline-offset-4 hover:text-gold-400">{`“${source.title}”`}</a>
            {`${byline}${ARTWORK}`}
          </>
        ) : (
          `${source ? `Captions from “${source.title}”${byline}` : ''}${ARTWORK}`
        )}
      </p>
    </footer>
  );
}
