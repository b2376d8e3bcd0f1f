import { useState } from 'react';
import 'virtual:photos.css';
import './photo.css';
import { photoClass, photoFile, photoSizes, srcsetOf, type PhotoImage } from '../../domain/photo-layout';
import { useHydrated } from '../ui/use-hydrated';

/** A card (cropped to 4:3), the moment's page (its column) or the dialog (the screen): shown whole but there. */
export type PhotoView = 'card' | 'detail' | 'dialog';

/** The frame's classes: a card crops to 4:3 around the focus, the moment's views show it whole. */
export function photoFrameClass(slug: string, view: PhotoView): string {
  const shape = view === 'card' ? 'aspect-[4/3] w-full' : 'photo-whole mx-auto w-full';
  return `photo-frame ${photoClass(slug)} relative overflow-hidden bg-night-900 ${shape}`;
}

interface PhotoPictureProps {
  image: PhotoImage;
  alt: string;
  view: PhotoView;
  /** Below the first screen: the browser loads it when it nears the screen. */
  lazy?: boolean;
  /** The largest photo of the first screen: asked for before the rest. */
  priority?: boolean;
}

/** The JPEG for browsers that know neither `srcset` nor WebP: one a phone can afford. */
const fallbackWidth = (widths: number[]) => widths.find((width) => width >= 720) ?? widths.at(-1)!;

/**
 * A photo encoded at build in the layout's widths (WebP, then JPEG for the few browsers without
 * it), with `sizes` matching its frame at every breakpoint and its size for zero layout shift.
 * A card's WebP files are its 4:3 crop around the focus, made at build, so a wide photo costs a
 * card no more than a 4:3 one; the JPEG fallback is the whole photo, cropped by CSS.
 */
export function PhotoPicture({ image, alt, view, lazy = false, priority = false }: PhotoPictureProps) {
  // A photo in the prerendered page shows as it arrives; one the app adds fades in once loaded.
  const [fadeIn] = useState(useHydrated());
  const [loaded, setLoaded] = useState(false);
  const card = view === 'card';
  const fade = fadeIn ? `photo-fade ${loaded ? 'photo-shown' : ''}` : '';
  return (
    <picture>
      <source type="image/webp" srcSet={srcsetOf(image, card ? 'card' : 'webp')} sizes={photoSizes(view, image)} />
      <img
        src={photoFile(image.key, fallbackWidth(image.jpeg), 'jpeg')}
        srcSet={srcsetOf(image, 'jpeg')}
        sizes={photoSizes(view, image, true)}
        width={image.width}
        height={image.height}
        alt={alt}
        loading={lazy ? 'lazy' : 'eager'}
        decoding={priority ? 'sync' : 'async'}
        fetchPriority={priority ? 'high' : undefined}
        onLoad={() => setLoaded(true)}
        onError={() => setLoaded(true)}
        className={`absolute inset-0 h-full w-full object-cover ${fade}`}
      />
    </picture>
  );
}
