import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countText, momentsAt } from '../../catalogue';
import { renderApp } from '../../test-utils';

const moments = () => within(screen.getByRole('list', { name: 'Moments' })).queryAllByRole('listitem');
/** The search box beside the wall (in jsdom the phone sheet's copy is closed). */
const searchBox = () => screen.getByRole('searchbox', { name: 'Search moments' });
const status = () => screen.getAllByRole('status')[0]!;
const slugs = () => moments().map((item) => item.dataset.slug);
const slugsAt = (path: string) => momentsAt(path).map((moment) => moment.slug);

describe('the search box', () => {
  it('is a labelled searchbox in a search landmark, a GET form to the wall', () => {
    renderApp({ url: '/' });
    const box = searchBox();
    expect(box).toHaveAttribute('name', 'q');
    const form = box.closest('form')!;
    expect(within(screen.getAllByRole('search')[0]!).getByRole('searchbox')).toBe(box);
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/');
    expect(box).toHaveValue('');
    expect(box).toBeEnabled();
  });

  it('narrows the wall as a person types, in any case and without accents, and announces the count', async () => {
    const { user, address } = renderApp({ url: '/' });
    expect(slugsAt('/?q=renee').length, 'the catalogue has Reneé Rapp').toBeGreaterThan(0);
    expect(slugsAt('/?q=renee')).toEqual(slugsAt('/?person=renee-rapp'));
    await user.type(searchBox(), 'RENEE');
    expect(address()).toBe('/?q=RENEE');
    await waitFor(() => expect(slugs()).toEqual(slugsAt('/?q=renee')));
    expect(status()).toHaveTextContent(countText(slugsAt('/?q=renee').length));
    expect(searchBox()).toHaveValue('RENEE');
    expect(screen.getByRole('link', { name: 'Remove the search “RENEE”' })).toHaveAttribute('href', '/');
  });

  it('combines with the filters: both must hold, and the options count within the search', async () => {
    const { user, address } = renderApp({ url: '/?person=taylor-swift' });
    await user.type(searchBox(), 'selena');
    expect(address()).toBe('/?q=selena&person=taylor-swift');
    await waitFor(() => expect(slugs()).toEqual(slugsAt('/?q=selena&person=taylor-swift')));
    await waitFor(() => expect(slugs().length).toBeLessThan(slugsAt('/?person=taylor-swift').length));
    // Taking Taylor Swift off keeps the search.
    expect(screen.getByRole('link', { name: 'Remove Taylor Swift' })).toHaveAttribute('href', '/?q=selena');
    expect(screen.getByRole('link', { name: 'Remove the search “selena”' })).toHaveAttribute('href', '/?person=taylor-swift');
  });

  it('says when nothing matches and offers to clear the search, keeping the filters', async () => {
    const { user, address } = renderApp({ url: '/?person=karol-g' });
    await user.type(searchBox(), 'zzzz');
    await waitFor(() => expect(moments()).toHaveLength(0));
    expect(status()).toHaveTextContent(countText(0));
    expect(screen.getByText('zzzz', { selector: 'p span' }).closest('p')).toHaveTextContent('No moment matches “zzzz”.');
    expect(screen.queryByText('No moment matches all of these filters.')).not.toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Clear the search' }));
    expect(address()).toBe('/?person=karol-g');
    await waitFor(() => expect(slugs()).toEqual(slugsAt('/?person=karol-g')));
    expect(searchBox()).toHaveValue('');
  });

  it('is emptied by Escape, and the wall is whole again', async () => {
    const { user, address } = renderApp({ url: '/?q=renee' });
    expect(searchBox()).toHaveValue('renee');
    await user.click(searchBox());
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
    expect(address()).toBe('/');
    await waitFor(() => expect(slugs()).toEqual(slugsAt('/')));
  });

  it('in the phone sheet, Escape first empties the box, then closes the sheet (WebKit keeps Escape in a search field)', async () => {
    const { user, address } = renderApp({ url: '/?q=karol' });
    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    const sheet = screen.getByRole('dialog', { name: 'Filters' });
    const box = within(sheet).getByRole('searchbox', { name: 'Search moments' });
    await user.click(box);
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(address()).toBe('/');
    expect(sheet, 'the first Escape only empties the box').toHaveAttribute('open');
    await user.keyboard('{Escape}');
    expect(sheet).not.toHaveAttribute('open');
  });

  it('is emptied by Clear all, with the filters', async () => {
    const { user, address } = renderApp({ url: '/?q=taylor&person=selena-gomez' });
    expect(searchBox()).toHaveValue('taylor');
    await user.click(screen.getAllByRole('link', { name: 'Clear all filters' })[0]!);
    expect(address()).toBe('/');
    expect(searchBox()).toHaveValue('');
    await waitFor(() => expect(slugs()).toEqual(slugsAt('/')));
  });

  it('keeps the spaces a person types, though the address is tidy', async () => {
    const { user, address } = renderApp({ url: '/' });
    await user.type(searchBox(), 'taylor  ');
    expect(searchBox()).toHaveValue('taylor  ');
    expect(address()).toBe('/?q=taylor');
    await user.type(searchBox(), 'swift');
    expect(address()).toBe('/?q=taylor+swift');
    await waitFor(() => expect(slugs()).toEqual(slugsAt('/?q=taylor+swift')));
  });

  it('answers Enter itself once the app runs: no page load, the search stays', async () => {
    const { user, address } = renderApp({ url: '/' });
    await user.type(searchBox(), 'karol{Enter}');
    expect(address()).toBe('/?q=karol');
    expect(searchBox()).toHaveValue('karol');
    await waitFor(() => expect(slugs()).toEqual(slugsAt('/?q=karol')));
  });
});
