import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog, creditLine, momentTitle } from '../../../src/content/catalog';
import { renderApp } from '../../test-utils';

describe('a moment opened by its address', () => {
  it('shows its heading, number, caption, artwork and credit', () => {
    renderApp({ url: '/moments/selena-gomez-and-rema/' });
    expect(screen.getByRole('heading', { level: 1, name: 'Selena Gomez and Rema' })).toBeInTheDocument();
    expect(screen.getByText('Moment 3 of 19')).toBeInTheDocument();
    expect(screen.getByText(/the duo won the show's first-ever VMA for Best Afrobeats:/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('In the photo:').parentElement).toHaveTextContent("In the photo: A smiling Selena resting her head on Rema's shoulder in the audience.");
    expect(screen.getByText('Original photo: Mike Coppola / Getty Images for MTV')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('works without the trailing slash too', () => {
    renderApp({ url: '/moments/nsync-reunited' });
    expect(screen.getByRole('heading', { level: 1, name: 'NSYNC' })).toBeInTheDocument();
  });

  it('asked for by its file, index.html, shows the moment and replaces the address with the folder one', async () => {
    const { address } = renderApp({ url: '/moments/nsync-reunited/index.html' });
    expect(screen.getByRole('heading', { level: 1, name: 'NSYNC' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /not found/i })).not.toBeInTheDocument();
    await waitFor(() => expect(address()).toBe('/moments/nsync-reunited/'));
  });

  it('the wall asked for as /index.html keeps its filters, at the folder address', async () => {
    const { address } = renderApp({ url: '/index.html?person=rema' });
    expect(screen.getByRole('list', { name: 'Moments' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Moments' })).getAllByRole('listitem')).toHaveLength(catalog.moments.filter((moment) => moment.people.includes('rema')).length);
    await waitFor(() => expect(address()).toBe('/?person=rema'));
  });

  it('links its people and award to the wall filtered by them', () => {
    renderApp({ url: '/moments/selena-gomez-and-rema/' });
    expect(screen.getByRole('link', { name: 'Selena Gomez' })).toHaveAttribute('href', '/?person=selena-gomez');
    expect(screen.getByRole('link', { name: 'Rema' })).toHaveAttribute('href', '/?person=rema');
    expect(screen.getByRole('link', { name: /Best Afrobeats/ })).toHaveAttribute('href', '/?award=best-afrobeats');
  });

  it('goes to the previous and next moments in article order, and back to the wall', async () => {
    const { user, address } = renderApp({ url: '/moments/selena-gomez-and-rema/' });
    // Each names where it goes ("Next: …" on a phone, where "moment" is not shown).
    expect(screen.getByRole('link', { name: 'Previous moment: Taylor Swift and Selena Gomez' })).toHaveAttribute('href', '/moments/taylor-swift-and-selena-gomez/');
    await user.click(screen.getByRole('link', { name: 'Next moment: Taylor Swift and Sabrina Carpenter' }));
    expect(address()).toBe('/moments/taylor-swift-and-sabrina-carpenter/');
    expect(screen.getByRole('heading', { level: 1, name: 'Taylor Swift and Sabrina Carpenter' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the wall' }));
    expect(address()).toBe('/');
    expect(screen.getByRole('list', { name: 'Moments' })).toBeInTheDocument();
  });

  it('steps through the moments with the arrow keys, stopping at the ends', async () => {
    const { user, address } = renderApp({ url: '/moments/diddy-and-king-combs/' });
    await user.keyboard('{ArrowRight}');
    expect(address()).toBe('/moments/taylor-swift-and-her-moon-people/');
    await user.keyboard('{ArrowRight}');
    expect(address()).toBe('/moments/taylor-swift-and-her-moon-people/');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(address()).toBe('/moments/lil-nas-x-and-ice-spice/');
    expect(screen.getByRole('heading', { level: 1, name: 'Lil Nas X and Ice Spice' })).toBeInTheDocument();
  });

  it('stops visibly at the first and last moments', () => {
    renderApp({ url: '/moments/shakira-and-her-sons/' });
    expect(screen.getByRole('button', { name: 'Previous moment' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Next moment: Taylor Swift and Selena Gomez' })).toBeInTheDocument();
  });

  it('names the moment in the document title', () => {
    renderApp({ url: '/moments/diddy-and-king-combs/' });
    expect(document.title).toBe('Diddy & King Combs · Backstage at the 2023 VMAs');
  });

  it.each(catalog.moments)('renders $slug with its caption and credit', (moment) => {
    renderApp({ url: `/moments/${moment.slug}/` });
    expect(screen.getByRole('heading', { level: 1, name: momentTitle(moment) })).toBeInTheDocument();
    expect(screen.getByText(moment.caption)).toBeInTheDocument();
    expect(screen.getByText(creditLine(moment))).toBeInTheDocument();
  });
});

describe('an address we do not have', () => {
  it('shows a not-found view for an unknown moment, with the way back', () => {
    renderApp({ url: '/moments/no-such-moment/' });
    expect(screen.getByRole('heading', { level: 1, name: 'Moment not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the wall' })).toHaveAttribute('href', '/');
  });

  it.each(['/moments/selena-gomes-and-rema/', '/moments/Selena-Gomez-And-Rema/'])('asks "Did you mean" the closest moments at %s', (url) => {
    renderApp({ url });
    expect(screen.getByRole('heading', { level: 1, name: 'Moment not found' })).toBeInTheDocument();
    const suggestions = within(screen.getByRole('region', { name: 'Did you mean' })).getAllByRole('link');
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions[0]).toHaveAccessibleName('Selena Gomez and Rema');
    expect(suggestions[0]).toHaveAttribute('href', '/moments/selena-gomez-and-rema/');
  });

  it('offers no suggestion where nothing is close, but says how moment addresses look', () => {
    renderApp({ url: '/moments/no-such-moment/' });
    expect(screen.queryByRole('region', { name: 'Did you mean' })).not.toBeInTheDocument();
    expect(screen.getByText(/Moment addresses are lowercase words joined by hyphens/)).toHaveTextContent('/moments/selena-gomez-and-rema/');
  });

  it('shows a not-found view for an unknown path', () => {
    renderApp({ url: '/backstage/pass' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Moments' })).not.toBeInTheDocument();
  });
});
