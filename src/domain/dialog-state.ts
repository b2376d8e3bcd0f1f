import type { Location } from 'react-router';

/**
 * What a card link puts in history state when it opens a moment over the wall. Its presence is
 * what makes a moment address render as a dialog; a cold load has none and renders a full page.
 */
export interface DialogState {
  /** The wall (with its filters) to keep showing behind the dialog. */
  background: Location;
  /** The card to give focus back to when the dialog closes. */
  opener: string;
}

export function readDialogState(state: unknown): DialogState | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { background, opener } = state as Partial<DialogState>;
  if (!background || typeof background.pathname !== 'string' || typeof opener !== 'string') return undefined;
  return { background, opener };
}

/** What "Back to the wall" from a moment's own page puts in history state: the card to land on. */
export interface CardState {
  card: string;
}

export function readCardState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { card } = state as Partial<CardState>;
  return typeof card === 'string' ? card : undefined;
}
