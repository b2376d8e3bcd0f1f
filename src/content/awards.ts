import type { Award } from './types';

/** The categories the captions name, and no others. */
export const awards: readonly Award[] = [
  { id: 'video-vanguard', name: 'Video Vanguard Award' },
  { id: 'best-afrobeats', name: 'Best Afrobeats' },
  { id: 'best-new-artist', name: 'Best New Artist' },
  { id: 'best-collaboration', name: 'Best Collaboration' },
  { id: 'best-pop', name: 'Best Pop' },
  { id: 'global-icon', name: 'Global Icon Award' },
];
