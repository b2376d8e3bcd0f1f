import { m } from 'framer-motion';
import { useId } from 'react';
import { getPeople } from '../content/catalog';
import type { Moment } from '../content/types';
import { planArtwork } from '../domain/artwork';
import { ArtworkSvg } from './artwork-svg';

interface ArtworkProps {
  moment: Moment;
  /** Shared between the card and the dialog so one grows into the other. */
  layoutId?: string;
  /** Below the fold on the wall: let the browser load a real photo when it is needed. */
  lazy?: boolean;
  size?: 'card' | 'detail';
  className?: string;
}

/** The moment's real photo when the data has one, else its generated artwork; both 4:3, both alt-texted. */
export function Artwork({ moment, layoutId, lazy = false, size = 'card', className = '' }: ArtworkProps) {
  const id = useId().replace(/:/g, '');
  const frame = `relative aspect-[4/3] w-full overflow-hidden bg-night-900 ${className}`;

  if (moment.photo) {
    const { src, width, height, placeholder } = moment.photo;
    return (
      <m.div layoutId={layoutId} className={frame}>
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
      </m.div>
    );
  }

  const plan = planArtwork({ slug: moment.slug, number: moment.number, names: getPeople(moment).map((p) => p.name) });
  return (
    <m.div layoutId={layoutId} role="img" aria-label={moment.alt} className={frame}>
      <ArtworkSvg plan={plan} id={id} />
      <span
        aria-hidden="true"
        className={`art-numeral absolute bottom-0 left-0 bg-linear-to-b/srgb leading-none font-black tracking-tighter ${plan.numeralGradient} ${
          size === 'detail' ? 'p-4 text-7xl sm:p-5 sm:text-[9rem]' : 'p-3 text-7xl'
        }`}
      >
        {plan.numeral}
      </span>
      <span
        aria-hidden="true"
        className={`absolute top-0 right-0 font-semibold tracking-[0.3em] text-white/80 ${
          size === 'detail' ? 'p-5 text-base' : 'p-3 text-xs'
        }`}
      >
        {plan.initials}
      </span>
    </m.div>
  );
}
