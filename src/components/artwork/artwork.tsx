import { useId } from 'react';
import { planFor } from '../../content/catalog';
import type { Moment } from '../../content/types';
import { ArtworkSvg } from './artwork-svg';

interface ArtworkProps {
  moment: Moment;
  /** Below the fold on the wall: let the browser load a real photo when it is needed. */
  lazy?: boolean;
  className?: string;
}

/**
 * The moment's real photo when the data has one, with the photo's description as its alt text;
 * else its generated artwork, which is not the photo and so is decorative (hidden from assistive
 * technology): the description is shown as text beside it (PhotoNote). Both 4:3, and both
 * `data-artwork`, by which the glide between a card and the dialog finds them (glide.ts).
 */
export function Artwork({ moment, lazy = false, className = '' }: ArtworkProps) {
  const id = useId().replace(/:/g, '');
  // Never a click target: while it glides between a card and the dialog it passes over other
  // controls, which must still take the click (a card's link covers the card; the dialog's
  // swipes are on the frame's parent).
  const frame = `pointer-events-none relative aspect-[4/3] w-full overflow-hidden bg-night-900 ${className}`;

  if (moment.photo) {
    const { src, width, height, placeholder } = moment.photo;
    return (
      <div data-artwork={moment.slug} className={frame}>
        {/* The placeholder colour as an SVG fill: the CSP allows no style="" attribute. */}
        <svg aria-hidden="true" focusable="false" className="absolute inset-0 h-full w-full">
          <rect width="100%" height="100%" fill={placeholder} />
        </svg>
        <img
          src={src}
          width={width}
          height={height}
          alt={moment.alt}
          loading={lazy ? 'lazy' : 'eager'}
          decoding="async"
          className="relative h-full w-full object-cover"
        />
      </div>
    );
  }

  return (
    <div aria-hidden="true" data-artwork={moment.slug} className={frame}>
      <ArtworkSvg plan={planFor(moment)} id={id} />
    </div>
  );
}
