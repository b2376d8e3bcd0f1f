import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Artwork } from '../../../src/components/artwork/artwork';
import { PhotoNote } from '../../../src/components/artwork/photo-note';
import { buildMoment } from '../../test-utils';

describe('Artwork', () => {
  it('draws generated artwork, hidden from assistive technology, when there is no photo: it is not the photo', () => {
    const { container } = render(<Artwork moment={buildMoment({ number: 7, alt: 'Dove gives the award to Ice Spice' })} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Dove gives the award to Ice Spice')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
    expect(container).toHaveTextContent('07');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('shows the real photo, sized, with its alt text, when the data has one', () => {
    const photo = { src: '/photos/dove.jpg', width: 1600, height: 1200, placeholder: '#1b1030' };
    render(<Artwork moment={buildMoment({ alt: 'Dove gives the award', photo })} />);
    const img = screen.getByRole('img', { name: 'Dove gives the award' });
    expect(img).toHaveAttribute('src', '/photos/dove.jpg');
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '1200');
    expect(img).toHaveAttribute('loading', 'eager');
  });

  it('lets the browser load a photo below the fold lazily', () => {
    const photo = { src: '/photos/late.jpg', width: 800, height: 600 };
    render(<Artwork moment={buildMoment({ alt: 'Later on', photo })} lazy />);
    expect(screen.getByRole('img', { name: 'Later on' })).toHaveAttribute('loading', 'lazy');
  });
});

describe('PhotoNote', () => {
  it('beside generated artwork, shows what the original photo shows and labels the credit as its', () => {
    render(<PhotoNote moment={buildMoment({ alt: 'Dove gives the award to Ice Spice' })} />);
    expect(screen.getByText('In the photo:').parentElement).toHaveTextContent('In the photo: Dove gives the award to Ice Spice.');
    expect(screen.getByText('Original photo: A Photographer / An Agency')).toBeInTheDocument();
  });

  it('with a real photo, leaves the description to its alt text and credits it as "Photo: …"', () => {
    const photo = { src: '/photos/dove.jpg', width: 1600, height: 1200 };
    render(<PhotoNote moment={buildMoment({ alt: 'Dove gives the award to Ice Spice', photo })} />);
    expect(screen.queryByText(/In the photo/)).not.toBeInTheDocument();
    expect(screen.getByText('Photo: A Photographer / An Agency')).toBeInTheDocument();
  });
});
