import { render } from '@testing-library/react';
import { useEffect } from 'react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { App } from '../src/app';
import type { MomentEntry } from '../src/content/types';

function LocationProbe({ onLocation }: { onLocation: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => onLocation(location), [location, onLocation]);
  return null;
}

/** Renders the whole app at an address, the way a person arrives: `renderApp({ url: '/?person=karol-g' })`. */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  let current: Location | undefined;
  const onLocation = (location: Location) => {
    current = location;
  };
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[url]}>
      <App />
      <LocationProbe onLocation={onLocation} />
    </MemoryRouter>,
  );
  /** Where the app is now, as the address bar would show it. */
  const address = () => `${current?.pathname}${current?.search}`;
  return { ...view, user, address };
}

let built = 0;

/** A valid moment to bend into shape for a test: `buildMoment({ caption: '' })`. */
export function buildMoment(overrides: Partial<MomentEntry> = {}): MomentEntry {
  built += 1;
  return {
    number: 1,
    slug: `test-moment-${built}`,
    caption: 'Someone did something lovely backstage:',
    alt: 'Two people smiling',
    credit: { photographer: 'A Photographer', agency: 'An Agency' },
    people: ['taylor-swift'],
    awards: [],
    ...overrides,
  };
}
