import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog, momentAt, momentBySlug, momentsAt } from '../../catalogue';
import { creditLine, getAwards, getPeople, momentTitle } from '../../../src/content/catalog';
import { paths } from '../../../src/paths';
import type { MomentEntry as Moment } from '../../../src/content/types';
import { renderApp } from '../../test-utils';

const selenaAndRema = momentBySlug('selena-gomez-and-rema');
const nsync = momentBySlug('nsync-reunited');

describe('a moment opened by its address', () => {
  it('shows its heading, number, caption, artwork and credit', () => {
    const moment = selenaAndRema;
    renderApp({ url: paths.moment.getHref(moment.slug) });
    expect(screen.getByRole('heading', { level: 1, name: momentTitle(moment) })).toBeInTheDocument();
    expect(screen.getByText(`Moment ${moment.number} of ${catalog.moments.length}`)).toBeInTheDocument();
    expect(screen.getByText(moment.caption)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('In the photo:').parentElement).toHaveTextContent(`In the photo: ${moment.alt}.`);
    expect(screen.getByText(creditLine(moment))).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('works without the trailing slash too', () => {
    renderApp({ url: '/moments/nsync-reunited' });
    expect(screen.getByRole('heading', { level: 1, name: momentTitle(nsync) })).toBeInTheDocument();
  });

  it('asked for by its file, index.html, shows the moment and replaces the address with the folder one', async () => {
    const { address } = renderApp({ url: '/moments/nsync-reunited/index.html' });
    expect(screen.getByRole('heading', { level: 1, name: momentTitle(nsync) })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /not found/i })).not.toBeInTheDocument();
    await waitFor(() => expect(address()).toBe('/moments/nsync-reunited/'));
  });

  it('the wall asked for as /index.html keeps its filters, at the folder address', async () => {
    const { address } = renderApp({ url: '/index.html?person=rema' });
    expect(screen.getByRole('list', { name: 'Moments' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Moments' })).getAllByRole('listitem')).toHaveLength(momentsAt('/?person=rema').length);
    await waitFor(() => expect(address()).toBe('/?person=rema'));
  });

  it('links its people and award to the wall filtered by them', () => {
    renderApp({ url: paths.moment.getHref(selenaAndRema.slug) });
    for (const person of getPeople(selenaAndRema)) {
      expect(screen.getByRole('link', { name: person.name })).toHaveAttribute('href', `/?person=${person.id}`);
    }
    expect(getAwards(selenaAndRema).length, 'an award moment, for this test to mean anything').toBeGreaterThan(0);
    for (const award of getAwards(selenaAndRema)) {
      expect(screen.getByRole('link', { name: new RegExp(award.name) })).toHaveAttribute('href', `/?award=${award.id}`);
    }
  });

  it('goes to the previous and next moments in article order, and back to the wall', async () => {
    const index = catalog.moments.indexOf(selenaAndRema);
    const [previous, next] = [momentAt(index - 1), momentAt(index + 1)];
    const { user, address } = renderApp({ url: paths.moment.getHref(selenaAndRema.slug) });
    // Each names where it goes ("Next: …" on a phone, where "moment" is not shown).
    expect(screen.getByRole('link', { name: `Previous moment: ${momentTitle(previous)}` })).toHaveAttribute('href', paths.moment.getHref(previous.slug));
    await user.click(screen.getByRole('link', { name: `Next moment: ${momentTitle(next)}` }));
    expect(address()).toBe(paths.moment.getHref(next.slug));
    expect(screen.getByRole('heading', { level: 1, name: momentTitle(next) })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the wall' }));
    expect(address()).toBe('/');
    expect(screen.getByRole('list', { name: 'Moments' })).toBeInTheDocument();
  });

  it('steps through the moments with the arrow keys, stopping at the ends', async () => {
    const [thirdLast, secondLast, last] = catalog.moments.slice(-3) as [Moment, Moment, Moment];
    const { user, address } = renderApp({ url: paths.moment.getHref(secondLast.slug) });
    await user.keyboard('{ArrowRight}');
    expect(address()).toBe(paths.moment.getHref(last.slug));
    await user.keyboard('{ArrowRight}');
    expect(address()).toBe(paths.moment.getHref(last.slug));
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(address()).toBe(paths.moment.getHref(thirdLast.slug));
    expect(screen.getByRole('heading', { level: 1, name: momentTitle(thirdLast) })).toBeInTheDocument();
  });

  it('stops visibly at the first and last moments', () => {
    renderApp({ url: paths.moment.getHref(momentAt(0).slug) });
    expect(screen.getByRole('button', { name: 'Previous moment' })).toBeDisabled();
    expect(screen.getByRole('link', { name: `Next moment: ${momentTitle(momentAt(1))}` })).toBeInTheDocument();
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
    expect(suggestions[0]).toHaveAccessibleName(momentTitle(selenaAndRema));
    expect(suggestions[0]).toHaveAttribute('href', paths.moment.getHref(selenaAndRema.slug));
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
