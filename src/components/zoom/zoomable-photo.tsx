import type { Moment } from '../../content/types';
import type { PhotoImage } from '../../domain/photo-layout';
import { isZoomed, MOST, zoomLabel } from '../../domain/zoom';
import { Artwork } from '../artwork/artwork';
import type { PhotoView } from '../artwork/photo';
import { Icon, type IconName } from '../ui/icon';
import { useHydrated } from '../ui/use-hydrated';
import { useZoom } from './use-zoom';
import './zoom.css';

interface ZoomablePhotoProps {
  moment: Moment;
  image: PhotoImage;
  view: PhotoView;
  className?: string;
}

const button =
  'inline-flex size-9 pointer-coarse:size-11 items-center justify-center rounded-full text-white hover:bg-white/15 aria-disabled:opacity-40';

function ZoomButton({ name, icon, onClick, disabled }: { name: string; icon: IconName; onClick: () => void; disabled: boolean }) {
  return (
    // aria-disabled, not disabled: a button pressed to its end keeps the focus.
    <button type="button" aria-label={name} aria-disabled={disabled || undefined} onClick={disabled ? undefined : onClick} className={button}>
      <Icon name={icon} className="size-5" />
    </button>
  );
}

/**
 * A real photo that a reader can look closer at (use-zoom.ts): the photo's surface takes the
 * pinch, the drag, double taps and double clicks; the buttons beside it and the keys do the
 * same; a live region says the level.
 */
export function ZoomablePhoto({ moment, image, view, className }: ZoomablePhotoProps) {
  const { zoom, surface, surfaceProps, zoomIn, zoomOut, fit } = useZoom(image);
  const zoomed = isZoomed(zoom);
  // The controls come with the app: before (or without) its script they would do nothing.
  const live = useHydrated();
  return (
    <div className="relative">
      <div ref={surface} data-zoomed={zoomed || undefined} className={`zoom-surface ${zoomed ? 'zoomed' : ''}`} {...surfaceProps}>
        <Artwork moment={moment} view={view} className={className} />
      </div>
      {live && (
        <>
          <div role="group" aria-label="Zoom" className="absolute right-2 bottom-2 flex gap-1 rounded-full bg-night-950/75 p-1 ring-1 ring-white/15 backdrop-blur-sm">
            <ZoomButton name="Zoom out" icon="minus" onClick={zoomOut} disabled={!zoomed} />
            <ZoomButton name="Fit" icon="fit" onClick={fit} disabled={!zoomed} />
            <ZoomButton name="Zoom in" icon="plus" onClick={zoomIn} disabled={zoom.scale >= MOST} />
          </div>
          <p role="status" className="sr-only">
            {zoomLabel(zoom)}
          </p>
        </>
      )}
    </div>
  );
}
