import { useShare } from './use-share';
import { Icon } from '../ui/icon';

/** "Share": the system share sheet, or a copied link and an announced toast. Shares the moment's own address, never dialog state. */
export function ShareButton({ title, text, path }: { title: string; text: string; path: string }) {
  const { share, message } = useShare();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => void share({ title, text, url: new URL(path, window.location.origin).href })}
        className="inline-flex min-h-10 pointer-coarse:min-h-11 items-center gap-2 rounded-full bg-gold-400 px-4 py-2 text-sm font-bold text-night-950 hover:bg-gold-300"
      >
        <Icon name="share" />
        Share
      </button>
      <p role="status" className="text-sm text-gold-300">
        {message}
      </p>
    </div>
  );
}
