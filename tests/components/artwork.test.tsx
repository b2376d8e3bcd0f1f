import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Artwork } from '../../src/components/artwork';
import { buildMoment } from '../test-utils';

describe('Artwork', () => {
  it('draws generated artwork named by the alt text when there is no photo', () => {
    render(<Artwork moment={buildMoment({ number: 7, alt: 'Dove gives the award to Ice Spice' })} />);
    const art = screen.getByRole('img', { name: 'Dove gives the award to Ice Spice' });
    expect(art.tagName).not.toBe('IMG');
    expect(art).toHaveTextContent('07');
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
