import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test-utils';

/** A card's one link is named by its people and number. */
const card = (name: string) => screen.getByRole('link', { name });

async function openFromWall(url: string, name: string) {
  const app = renderApp({ url });
  await app.user.click(card(name));
  return { ...app, dialog: await screen.findByRole('dialog') };
}

describe('a moment opened from the wall', () => {
  it('opens as a modal dialog named by its heading, over the wall, at its own address', async () => {
    const { dialog, address } = await openFromWall('/', 'Karol G and Nicki Minaj, moment 10');
    expect(address()).toBe('/moments/karol-g-and-nicki-minaj/');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('Karol G and Nicki Minaj');
    expect(dialog).toHaveFocus();
    // Open, with the wall still there behind it. jsdom has no modal dialogs: that the wall is
    // inert behind it is checked in the browser (tests/e2e/moment/dialog.test.ts).
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('list', { name: 'Moments' })).toBeInTheDocument();
  });

  it('says "10 of 19" over the whole wall: "shown" is only for a filter', async () => {
    const { dialog } = await openFromWall('/', 'Karol G and Nicki Minaj, moment 10');
    expect(within(dialog).getByText('10 of 19')).toBeInTheDocument();
    expect(within(dialog).queryByText(/shown/)).not.toBeInTheDocument();
  });

  it('moves through the filtered moments only with the arrow keys, and stops at the ends', async () => {
    const { dialog, user, address } = await openFromWall('/?person=karol-g', 'Shakira and Karol G, moment 9');
    expect(within(dialog).getByText('1 of 3 shown')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Previous moment' })).toBeDisabled();

    await user.keyboard('{ArrowRight}');
    expect(address()).toBe('/moments/karol-g-and-nicki-minaj/');
    await user.keyboard('{ArrowRight}');
    expect(address()).toBe('/moments/karol-g-and-nelly-furtado/');
    expect(within(screen.getByRole('dialog')).getByText('3 of 3 shown')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(address()).toBe('/moments/karol-g-and-nelly-furtado/');

    await user.keyboard('{ArrowLeft}');
    expect(address()).toBe('/moments/karol-g-and-nicki-minaj/');
  });

  it('closes with Escape back to the wall, its filter intact, focus on the card of the moment on screen', async () => {
    const { user, address } = await openFromWall('/?person=karol-g', 'Shakira and Karol G, moment 9');
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('dialog', { name: 'Karol G and Nicki Minaj' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(address()).toBe('/?person=karol-g');
    expect(card('Karol G and Nicki Minaj, moment 10')).toHaveFocus();
  });

  it('closes with the close button, giving the wall back at once', async () => {
    const { dialog, user, address } = await openFromWall('/', 'Lil Nas X and Ice Spice, moment 17');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(address()).toBe('/');
    // The artwork shrinking back into its card needs real layout, which jsdom lacks (the
    // browser suite sees the dialog go); the wall is live and focused at once regardless.
    expect(screen.getByRole('list', { name: 'Moments' })).toBeInTheDocument();
    expect(card('Lil Nas X and Ice Spice, moment 17')).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const { dialog, user } = await openFromWall('/', 'NSYNC, moment 16');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(within(dialog).getByRole('link', { name: 'Next moment: Lil Nas X and Ice Spice' })).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
  });
});
