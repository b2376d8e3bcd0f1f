import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cardName, momentAt, momentsAt } from '../../catalogue';
import { catalog, momentTitle } from '../../../src/content/catalog';
import { paths } from '../../../src/paths';
import { renderApp } from '../../test-utils';

/** A card's one link is named by its people and number. */
const card = (name: string) => screen.getByRole('link', { name });
/** A moment with others either side of it. */
const middle = momentAt(Math.floor(catalog.moments.length / 2));
const afterMiddle = momentAt(Math.floor(catalog.moments.length / 2) + 1);
const karols = momentsAt('/?person=karol-g');

async function openFromWall(url: string, name: string) {
  const app = renderApp({ url });
  await app.user.click(card(name));
  return { ...app, dialog: await screen.findByRole('dialog') };
}

describe('a moment opened from the wall', () => {
  it('opens as a modal dialog named by its heading, over the wall, at its own address', async () => {
    const { dialog, address } = await openFromWall('/', cardName(middle));
    expect(address()).toBe(paths.moment.getHref(middle.slug));
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName(momentTitle(middle));
    expect(dialog).toHaveFocus();
    // Open, with the wall still there behind it. jsdom has no modal dialogs: that the wall is
    // inert behind it is checked in the browser (tests/e2e/moment/dialog.test.ts).
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('list', { name: 'Moments' })).toBeInTheDocument();
  });

  it('says its place among all the moments over the whole wall: "shown" is only for a filter', async () => {
    const { dialog } = await openFromWall('/', cardName(middle));
    expect(within(dialog).getByText(`${middle.number} of ${catalog.moments.length}`)).toBeInTheDocument();
    expect(within(dialog).queryByText(/shown/)).not.toBeInTheDocument();
  });

  it('moves through the filtered moments only with the arrow keys, and stops at the ends', async () => {
    expect(karols.length, 'Karol G must be in two moments or more for this test to mean anything').toBeGreaterThan(1);
    const last = karols.at(-1)!;
    const { dialog, user, address } = await openFromWall('/?person=karol-g', cardName(karols[0]!));
    expect(within(dialog).getByText(`1 of ${karols.length} shown`)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Previous moment' })).toBeDisabled();

    for (const next of karols.slice(1)) {
      await user.keyboard('{ArrowRight}');
      expect(address()).toBe(paths.moment.getHref(next.slug));
    }
    expect(within(screen.getByRole('dialog')).getByText(`${karols.length} of ${karols.length} shown`)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(address()).toBe(paths.moment.getHref(last.slug));

    await user.keyboard('{ArrowLeft}');
    expect(address()).toBe(paths.moment.getHref(karols.at(-2)!.slug));
  });

  it('closes with Escape back to the wall, its filter intact, focus on the card of the moment on screen', async () => {
    const { user, address } = await openFromWall('/?person=karol-g', cardName(karols[0]!));
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('dialog', { name: momentTitle(karols[1]!) });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(address()).toBe('/?person=karol-g');
    expect(card(cardName(karols[1]!))).toHaveFocus();
  });

  it('closes with the close button, giving the wall back at once', async () => {
    const { dialog, user, address } = await openFromWall('/', cardName(middle));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(address()).toBe('/');
    // The artwork shrinking back into its card needs real layout, which jsdom lacks (the
    // browser suite sees the dialog go); the wall is live and focused at once regardless.
    expect(screen.getByRole('list', { name: 'Moments' })).toBeInTheDocument();
    expect(card(cardName(middle))).toHaveFocus();
  });

  it('a double click on Close closes it, and the second click, landing on the card beneath, opens nothing', async () => {
    const { dialog, address } = await openFromWall('/', cardName(middle));
    // As Firefox and WebKit deliver it: the first click on Close, the second (detail 2) on
    // whatever is under the pointer once the closing dialog lets clicks through, here a card.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }), { detail: 1 });
    expect(address()).toBe('/');
    const beneath = card(cardName(afterMiddle));
    expect(fireEvent.click(beneath, { detail: 2 }), 'the second click is cancelled').toBe(false);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(address()).toBe('/');
    // A click of its own on that card still opens it.
    fireEvent.click(beneath, { detail: 1 });
    expect(address()).toBe(paths.moment.getHref(afterMiddle.slug));
  });

  it('keeps Tab inside the dialog', async () => {
    const { dialog, user } = await openFromWall('/', cardName(middle));
    const close = within(dialog).getByRole('button', { name: 'Close' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(within(dialog).getByRole('link', { name: `Next moment: ${momentTitle(afterMiddle)}` })).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
  });
});
