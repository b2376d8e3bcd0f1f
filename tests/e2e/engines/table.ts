// Which journey runs in which engine, and why not: the one table. A journey runs in Chromium,
// Firefox and WebKit unless its row names an engine with the reason it does not run there.
// The journeys themselves are in this folder's *.test.ts, each written once over the driver layer
// (tests/e2e/support/engines/); the decision record docs/decisions/ lists each feature an engine
// lacks, its fallback and the journey that covers it.
import type { EngineName } from '../support/engines/driver';

type Row = Partial<Record<EngineName, string>>;

export const JOURNEYS = {
  'the wall and its moments: every card in order, named, counted, each at its moment’s address': {},
  'a moment opened from its card, stepped by → and ← and the Next and Previous buttons, closed by Escape with focus back on the card': {},
} as const satisfies Record<string, Row>;

export type Journey = keyof typeof JOURNEYS;
