import { StrictMode } from 'react';
import { ErrorBoundary } from './components/ui/error-boundary';
import { Root } from './routes/root';

/**
 * Everything under the router, shared by the browser entry and the prerenderer. `hydrateAt` is
 * the address the page in the browser was prerendered for, when the app hydrates it.
 */
export function App({ hydrateAt }: { hydrateAt?: string }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <Root hydrateAt={hydrateAt} />
      </ErrorBoundary>
    </StrictMode>
  );
}
