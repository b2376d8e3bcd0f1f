import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { MomentCard } from '../../../src/components/wall/moment-card';
import type { Moment } from '../../../src/content/types';
import { askForChunksWith, setWords } from '../../../src/content/words';
import { buildMoment } from '../../test-utils';

// In the browser a moment's words come in chunks of 100 (src/content/words.ts): a card rendered
// before its chunk came waits for them, then shows them. Here the catalogue's 19 moments have
// their words; moment 901 of a larger wall has not, until the test sets them.
const { caption: _caption, alt: _alt, credit: _credit, ...head } = buildMoment({ number: 901, slug: 'far-away' });
const far: Moment = head;
const words = { caption: 'Someone far down the wall did something lovely:', alt: 'Two people laughing', credit: { photographer: 'A Photographer', agency: 'An Agency' } };

describe('a card whose words have not come', () => {
  it('keeps its title and link, says its caption is on its way, asks for its chunk, and shows the words once they come', () => {
    const ask = vi.fn(async () => {});
    askForChunksWith(ask, () => {});
    render(
      <MemoryRouter>
        <ul>
          <MomentCard moment={far} eager={false} first={false} onOpen={() => {}} />
        </ul>
      </MemoryRouter>,
    );
    const card = within(screen.getByRole('listitem'));
    expect(card.getByRole('link', { name: 'Taylor Swift, moment 901' })).toBeInTheDocument();
    const waiting = card.getByText('The caption is on its way.').closest('p')!;
    expect(waiting).toHaveAttribute('aria-busy', 'true');
    expect(card.getByText('The photo’s credit is on its way.')).toBeInTheDocument();
    // Moment 901 is in chunk 9 (901–1000).
    expect(ask).toHaveBeenCalledWith(9);

    act(() => setWords(901, [words]));
    expect(card.getByText(words.caption)).not.toHaveAttribute('aria-busy');
    expect(card.getByText('In the photo:').parentElement).toHaveTextContent('In the photo: Two people laughing.');
    expect(card.getByText('Original photo: A Photographer / An Agency')).toBeInTheDocument();
    expect(screen.queryByText(/on its way/)).not.toBeInTheDocument();
    expect(document.querySelector('[aria-busy]')).toBeNull();
  });
});
