import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Artwork } from '../../../src/components/artwork/artwork';
import { PhotoNote } from '../../../src/components/artwork/photo-note';
import type { Photo } from '../../../src/content/types';
import { buildMoment } from '../../test-utils';

/** A photo as the build leaves it: its file, and what was read and encoded from it. */
const photoOf = (width: number, height: number): Photo => ({
  src: 'photos/p.jpg',
  image: { width, height, key: '0123456789abcdef', webp: [286, 800, width], jpeg: [360, 720, width], card: [286, 600], zoom: [], focus: [0.5, 0.5] },
});

describe('Artwork', () => {
  it('draws generated artwork, hidden from assistive technology, when there is no photo: it is not the photo', () => {
    const { container } = render(<Artwork moment={buildMoment({ number: 7, alt: 'Dove gives the award to Ice Spice' })} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Dove gives the award to Ice Spice')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
    expect(container).toHaveTextContent('07');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('shows the real photo, sized, with its alt text, in WebP with a JPEG fallback, when the build encoded one', () => {
    const { container } = render(<Artwork moment={buildMoment({ slug: 'dove', alt: 'Dove gives the award', photo: photoOf(1600, 1200) })} />);
    const img = screen.getByRole('img', { name: 'Dove gives the award' });
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '1200');
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img).toHaveAttribute('src', '/photos/0123456789abcdef-720.jpg');
    expect(img).toHaveAttribute('srcset', '/photos/0123456789abcdef-360.jpg 360w, /photos/0123456789abcdef-720.jpg 720w, /photos/0123456789abcdef-1600.jpg 1600w');
    const webp = container.querySelector('picture > source[type="image/webp"]');
    expect(webp).toHaveAttribute('srcset', '/photos/0123456789abcdef-286.webp 286w, /photos/0123456789abcdef-800.webp 800w, /photos/0123456789abcdef-1600.webp 1600w');
    expect(webp).toHaveAttribute('sizes', img.getAttribute('sizes'));
    // The moment's views show it whole, in a frame of its own shape, over its placeholder.
    expect(img.closest('.photo-frame')).toHaveClass('photo-dove', 'photo-whole');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('on a card, shows the 4:3 crop around its focus made at build, at the card\'s widths, at most 2× on a 3× screen', () => {
    const { container } = render(<Artwork moment={buildMoment({ slug: 'wide', alt: 'A wide view', photo: photoOf(1600, 900) })} view="card" priority />);
    const img = screen.getByRole('img', { name: 'A wide view' });
    expect(img.closest('.photo-frame')).toHaveClass('photo-wide', 'aspect-[4/3]');
    expect(img.closest('.photo-frame')).not.toHaveClass('photo-whole');
    const webp = container.querySelector('picture > source[type="image/webp"]');
    expect(webp).toHaveAttribute('srcset', '/photos/0123456789abcdef-card-286.webp 286w, /photos/0123456789abcdef-card-600.webp 600w');
    // The crop is the card's shape: the card's own widths; from 2.5× on, two thirds of them.
    expect(webp).toHaveAttribute(
      'sizes',
      '(min-resolution: 2.5dppx) and (min-width: 1280px) 191px, (min-resolution: 2.5dppx) and (min-width: 1024px) calc(33.33vw - 134.67px), ' +
        '(min-resolution: 2.5dppx) and (min-width: 640px) calc(33.33vw - 22.67px), (min-resolution: 2.5dppx) calc(66.67vw - 21.33px), ' +
        '(min-width: 1280px) 286px, (min-width: 1024px) calc(50vw - 202px), (min-width: 640px) calc(50vw - 34px), calc(100vw - 32px)',
    );
    // The JPEG fallback is the whole 16:9 photo, filling the 4:3 frame by its height: a third wider than the card.
    expect(img.getAttribute('sizes')).toMatch(/, \(min-width: 1280px\) 382px, \(min-width: 1024px\) calc\(66.67vw - 269.33px\), \(min-width: 640px\) calc\(66.67vw - 45.33px\), calc\(133.33vw - 42.67px\)$/);
    expect(img).toHaveAttribute('fetchpriority', 'high');
  });

  it('lets the browser load a photo below the fold lazily', () => {
    render(<Artwork moment={buildMoment({ alt: 'Later on', photo: photoOf(800, 600) })} view="card" lazy />);
    const img = screen.getByRole('img', { name: 'Later on' });
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).not.toHaveAttribute('fetchpriority');
  });

  it('draws the generated artwork for a photo the build has not read (the data holds no image)', () => {
    render(<Artwork moment={buildMoment({ alt: 'Not read', photo: { src: 'photos/x.jpg' } })} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('PhotoNote', () => {
  it('beside generated artwork, shows what the original photo shows and labels the credit as its', () => {
    const moment = buildMoment({ alt: 'Dove gives the award to Ice Spice' });
    render(<PhotoNote moment={moment} words={moment} />);
    expect(screen.getByText('In the photo:').parentElement).toHaveTextContent('In the photo: Dove gives the award to Ice Spice.');
    expect(screen.getByText('Original photo: A Photographer / An Agency')).toBeInTheDocument();
  });

  it('with a real photo, leaves the description to its alt text and credits it as "Photo: …"', () => {
    const moment = buildMoment({ alt: 'Dove gives the award to Ice Spice', photo: photoOf(1600, 1200) });
    render(<PhotoNote moment={moment} words={moment} />);
    expect(screen.queryByText(/In the photo/)).not.toBeInTheDocument();
    expect(screen.getByText('Photo: A Photographer / An Agency')).toBeInTheDocument();
  });
});
