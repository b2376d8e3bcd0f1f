import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { App } from '../src/app';
import type { Moment } from '../src/content/types';

function LocationProbe({ into }: { into: { current?: Location } }) {
  into.current = useLocation();
  return null;
}

/** Renders the whole app at an address, the way a person arrives: `renderApp({ url: '/?person=karol-g' })`. */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  const location: { current?: Location } = {};
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[url]}>
      <App />
      <LocationProbe into={location} />
    </MemoryRouter>,
  );
  /** Where the app is now, as the address bar would show it. */
  const address = () => `${location.current?.pathname}${location.current?.search}`;
  return { ...view, user, address };
}

let built = 0;

/** A valid moment to bend into shape for a test: `buildMoment({ caption: '' })`. */
export function buildMoment(overrides: Partial<Moment> = {}): Moment {
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
