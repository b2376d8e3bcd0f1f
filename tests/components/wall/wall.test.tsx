import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cardName, catalog, countText, momentAt, momentsAt } from '../../catalogue';
import { creditLine, getAwards, momentTitle } from '../../../src/content/catalog';
import { paths } from '../../../src/paths';
import { renderApp } from '../../test-utils';

const moments = () => within(screen.getByRole('list', { name: 'Moments' })).getAllByRole('listitem');
/** A person's or award's filter: a link to the wall with it (in jsdom, the sheet's copy is closed). */
const filter = (name: string) => screen.getByRole('link', { name, current: undefined });
const chosen = (name: string) => filter(name).getAttribute('aria-current') === 'true';

describe('the wall', () => {
  it('shows every moment, each with its people as a heading and one short link to its page, and announces the count', () => {
    renderApp({ url: '/' });
    expect(moments()).toHaveLength(catalog.moments.length);
    expect(screen.getByRole('status')).toHaveTextContent(countText(catalog.moments.length));
    const moment = momentAt(0);
    const first = within(moments()[0]!);
    expect(first.getByRole('heading', { level: 2 })).toHaveTextContent(momentTitle(moment));
    const links = first.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName(cardName(moment));
    expect(links[0]).toHaveAttribute('href', paths.moment.getHref(moment.slug));
    // The caption is read as text, not as part of the link's name.
    expect(first.getByText(moment.caption).closest('a')).toBeNull();
  });

  it('shows each card with its caption, award, what the photo shows and whose it is; the artwork is decorative', () => {
    renderApp({ url: '/' });
    const moment = catalog.moments.find((each) => each.awards.length > 0)!;
    const item = moments()[catalog.moments.indexOf(moment)]!;
    const card = within(item);
    expect(card.queryByRole('img')).not.toBeInTheDocument();
    expect(item.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(card.getByText(moment.caption)).toBeInTheDocument();
    for (const award of getAwards(moment)) expect(card.getByText(award.name)).toBeInTheDocument();
    expect(card.getByText('In the photo:').parentElement).toHaveTextContent(`In the photo: ${moment.alt}.`);
    expect(card.getByText(creditLine(moment))).toBeInTheDocument();
    // The numeral on the artwork is the only visible number: no "Moment 3" under it.
    expect(card.queryByText(new RegExp(`^Moment ${moment.number}$`, 'i'))).not.toBeInTheDocument();
  });

  it("shows Karol G's moments at /?person=karol-g", () => {
    renderApp({ url: '/?person=karol-g' });
    expect(moments()).toHaveLength(momentsAt('/?person=karol-g').length);
    expect(screen.getByRole('status')).toHaveTextContent(countText(momentsAt('/?person=karol-g').length));
    expect(chosen('Karol G')).toBe(true);
    expect(chosen('Shakira')).toBe(false);
    expect(filter('Shakira')).toHaveAttribute('href', '/?person=shakira&person=karol-g');
  });

  it('shows the one moment Taylor Swift and Selena Gomez share', () => {
    // PRODUCT.md's own example, kept as a content fact: together they are moment 2 alone.
    renderApp({ url: '/?person=taylor-swift&person=selena-gomez' });
    expect(moments()).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('1 moment');
    expect(within(moments()[0]!).getByRole('link')).toHaveAccessibleName('Taylor Swift and Selena Gomez, moment 2');
  });

  it('filters by an award', () => {
    renderApp({ url: '/?award=best-pop' });
    const expected = catalog.moments.filter((moment) => moment.awards.includes('best-pop'));
    expect(moments()).toHaveLength(expected.length);
    expected.forEach((moment, index) => expect(within(moments()[index]!).getByRole('heading', { level: 2 })).toHaveTextContent(momentTitle(moment)));
  });

  it('changes the list and the address when filters are clicked, and clears them all', async () => {
    const { user, address } = renderApp({ url: '/' });
    await user.click(filter('Karol G'));
    expect(address()).toBe('/?person=karol-g');
    await waitFor(() => expect(moments()).toHaveLength(momentsAt('/?person=karol-g').length));
    expect(chosen('Karol G')).toBe(true);
    expect(filter('Karol G')).toHaveAttribute('href', '/');

    await user.click(filter('Best Collaboration'));
    expect(address()).toBe('/?person=karol-g&award=best-collaboration');
    const both = momentsAt('/?person=karol-g&award=best-collaboration').length;
    await waitFor(() => expect(moments()).toHaveLength(both));
    expect(screen.getByRole('status')).toHaveTextContent(countText(both));

    await user.click(screen.getByRole('link', { name: 'Clear all filters' }));
    expect(address()).toBe('/');
    await waitFor(() => expect(moments()).toHaveLength(catalog.moments.length));
  });

  it('keeps each filter named by its person or award, in labelled groups', () => {
    renderApp({ url: '/' });
    const people = within(screen.getByRole('group', { name: 'People' }));
    const awards = within(screen.getByRole('group', { name: 'Awards' }));
    const count = (id: string) => momentsAt(`/?person=${id}`).length;
    expect(people.getAllByRole('link')).toHaveLength(catalog.people.length);
    expect(people.getByRole('link', { name: 'Reneé Rapp' })).toHaveAccessibleDescription(countText(count('renee-rapp')));
    // Most moments first; a stable sort keeps the catalogue's order between equals.
    const ranked = [...catalog.people].sort((a, b) => count(b.id) - count(a.id));
    expect(people.getAllByRole('link').map((link) => link.textContent)).toEqual(ranked.map((person) => `${person.name}${count(person.id)}`));
    expect(awards.getAllByRole('link')).toHaveLength(catalog.awards.length);
    expect(awards.getByRole('link', { name: 'Global Icon Award' })).not.toHaveAttribute('aria-current');
    expect(awards.getByRole('link', { name: 'Global Icon Award' })).toHaveAttribute('href', '/?award=global-icon');
  });

  it('dims the options that would leave no moment, and they cannot be chosen', async () => {
    expect(momentsAt('/?person=karol-g&person=taylor-swift'), 'no moment has Karol G and Taylor Swift together').toEqual([]);
    const { user, address } = renderApp({ url: '/?person=karol-g' });
    expect(filter('Taylor Swift')).toHaveAttribute('aria-disabled', 'true');
    expect(filter('Taylor Swift')).not.toHaveAttribute('href');
    expect(filter('Taylor Swift')).toHaveAttribute('tabindex', '0');
    expect(filter('Taylor Swift')).toHaveAccessibleDescription('0 moments');
    expect(filter('Shakira')).not.toHaveAttribute('aria-disabled');
    await user.click(filter('Taylor Swift'));
    expect(address()).toBe('/?person=karol-g');
  });

  it('ignores unknown filter values visibly and still shows the wall', () => {
    renderApp({ url: '/?person=nobody&award=best-pop&award=best-everything' });
    expect(moments()).toHaveLength(momentsAt('/?award=best-pop').length);
    expect(screen.getByText(/We ignored filters we don’t know/)).toHaveTextContent('person “nobody”, award “best-everything”');
    expect(screen.getByRole('link', { name: 'Remove them' })).toHaveAttribute('href', '/?award=best-pop');
    expect(screen.queryByRole('link', { name: /Did you mean/ })).not.toBeInTheDocument();
  });

  it('asks "Did you mean" for a value a typo away from a person, and leads to that person', async () => {
    const { user, address } = renderApp({ url: '/?person=taylor-swit&award=best-pop' });
    expect(screen.getByText(/We ignored a filter we don’t know/)).toHaveTextContent('person “taylor-swit”');
    expect(screen.getByRole('link', { name: 'Remove it' })).toHaveAttribute('href', '/?award=best-pop');
    const suggestion = screen.getByRole('link', { name: 'Did you mean Taylor Swift?' });
    expect(suggestion).toHaveAttribute('href', '/?person=taylor-swift&award=best-pop');
    await user.click(suggestion);
    expect(address()).toBe('/?person=taylor-swift&award=best-pop');
    expect(chosen('Taylor Swift')).toBe(true);
    await waitFor(() => expect(screen.queryByText(/We ignored/)).not.toBeInTheDocument());
  });

  it('names three unknown values at most, each cut short and stripped of direction controls', () => {
    const long = 'z'.repeat(3000);
    renderApp({ url: `/?person=${long}&person=a%E2%80%AEb&person=three&person=four&award=five` });
    const notice = screen.getByText(/We ignored filters we don’t know/);
    expect(notice).toHaveTextContent(`person “${'z'.repeat(39)}…”, person “ab”, person “three” and 2 more.`);
    expect(notice.textContent).not.toContain('\u202E');
  });

  it('reads a filter whatever its spelling, and tidies the address to the canonical one', async () => {
    const { address } = renderApp({ url: '/?person=TAYLOR%20Swift&award=Best-Pop' });
    expect(screen.getByRole('status')).toHaveTextContent(countText(momentsAt('/?person=taylor-swift&award=best-pop').length));
    expect(chosen('Taylor Swift')).toBe(true);
    expect(address()).toBe('/?person=taylor-swift&award=best-pop');
    expect(screen.queryByText(/We ignored/)).not.toBeInTheDocument();
  });

  it('says nothing about unknown filters when there are none', () => {
    renderApp({ url: '/?person=karol-g' });
    expect(screen.queryByText(/We ignored/)).not.toBeInTheDocument();
  });

  it('says so when a combination matches nothing, and each chosen filter is one tap from removal', async () => {
    expect(momentsAt('/?person=taylor-swift&award=best-pop'), 'no moment has both, for this test to mean anything').toEqual([]);
    const { user, address } = renderApp({ url: '/?person=taylor-swift&award=best-pop' });
    expect(screen.getByRole('status')).toHaveTextContent('0 moments');
    expect(screen.getByText('No moment matches all of these filters.')).toBeVisible();
    const chosen = within(screen.getByRole('list', { name: 'Chosen filters' }));
    expect(chosen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Taylor Swift', 'Best Pop']);
    expect(chosen.getByRole('link', { name: 'Remove Taylor Swift' })).toHaveAttribute('href', '/?award=best-pop');
    await user.click(chosen.getByRole('link', { name: 'Remove Best Pop' }));
    expect(address()).toBe('/?person=taylor-swift');
    await waitFor(() => expect(moments()).toHaveLength(momentsAt('/?person=taylor-swift').length));
    expect(screen.getByText('No moment matches all of these filters.')).not.toBeVisible();
  });
});

describe('the skip link', () => {
  it('moves focus past the filters to the moments, leaving the address as it is', async () => {
    const { user, address } = renderApp({ url: '/?person=karol-g' });
    await user.click(screen.getByRole('link', { name: 'Skip to the moments' }));
    expect(screen.getByRole('list', { name: 'Moments' })).toHaveFocus();
    expect(address()).toBe('/?person=karol-g');
  });
});
