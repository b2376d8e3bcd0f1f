import { useId } from 'react';
import { momentTitle, planFor } from '../../content/catalog';
import { useWords } from '../../content/words';
import type { Moment } from '../../content/types';
import { ArtworkSvg } from './artwork-svg';
import { PhotoPicture, photoFrameClass, type PhotoView } from './photo';

interface ArtworkProps {
  moment: Moment;
  /** Below the fold on the wall: let the browser load a real photo when it is needed. */
  lazy?: boolean;
  /** The first card: its photo is asked for before any other. */
  priority?: boolean;
  /** A card crops a real photo to 4:3 around its focus; the moment's views show it whole. */
  view?: PhotoView;
  className?: string;
}

/**
 * The moment's real photo when the data has one, with the photo's description as its alt text;
 * else its generated artwork, which is not the photo and so is decorative (hidden from assistive
 * technology): the description is shown as text beside it (PhotoNote). The artwork is 4:3; a
 * photo is cropped to 4:3 around its focus on a card and shown whole in the moment's views. Both
 * carry `data-artwork`, by which the glide between a card and the dialog finds them (glide.ts).
 */
export function Artwork({ moment, lazy = false, priority = false, view = 'detail', className = '' }: ArtworkProps) {
  const id = useId().replace(/:/g, '');
  // Never a click target: while it glides between a card and the dialog it passes over other
  // controls, which must still take the click (a card's link covers the card; the dialog's
  // swipes are on the frame's parent).
  const frame = `pointer-events-none relative aspect-[4/3] w-full overflow-hidden bg-night-900 ${className}`;

  const image = moment.photo?.image;
  // A photo's alt text is among its moment's words; until they come, who it shows.
  const alt = useWords(moment)?.alt ?? `A photo of ${momentTitle(moment)}`;
  if (image) {
    return (
      <div data-artwork={moment.slug} className={`pointer-events-none ${photoFrameClass(moment.slug, view)} ${className}`}>
        <PhotoPicture image={image} alt={alt} view={view} lazy={lazy} priority={priority} />
      </div>
    );
  }

  return (
    <div aria-hidden="true" data-artwork={moment.slug} className={frame}>
      <ArtworkSvg plan={planFor(moment)} id={id} />
    </div>
  );
}
