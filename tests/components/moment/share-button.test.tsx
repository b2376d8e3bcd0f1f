import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardName, momentBySlug } from '../../catalogue';
import { renderApp } from '../../test-utils';

afterEach(() => {
  vi.unstubAllGlobals();
});

const moment = '/moments/selena-gomez-and-rema/';

describe('sharing a moment', () => {
  it("uses the Web Share API with the moment's own address, title and caption where there is one", async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, share, canShare: () => true });
    const { user } = renderApp({ url: moment });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Selena Gomez & Rema · Backstage at the 2023 VMAs',
      text: expect.stringMatching(/^Selena Gomez and Rema backstage at the 2023 VMAs\. Speaking of Selena/),
      url: `${window.location.origin}${moment}`,
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('copies the address and says so where there is no share sheet', async () => {
    const { user } = renderApp({ url: moment });
    // user-event gives the page a working clipboard; the browser has no navigator.share here.
    expect(navigator.share).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}${moment}`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied to the clipboard');
  });

  it('shares the moment address, not the dialog, when opened over a filtered wall', async () => {
    const { user } = renderApp({ url: '/?person=rema' });
    await user.click(screen.getByRole('link', { name: cardName(momentBySlug('selena-gomez-and-rema')) }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}${moment}`);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Link copied to the clipboard');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const { user } = renderApp({ url: moment });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Copy this link: ${window.location.origin}${moment}`);
  });
});
