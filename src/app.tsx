import { StrictMode } from 'react';
import { ErrorBoundary } from './components/error-boundary';
import { Root } from './routes/root';

/** Everything under the router, shared by the browser entry and the prerenderer. */
export function App() {
  return (
    <StrictMode>
      <ErrorBoundary>
        <Root />
      </ErrorBoundary>
    </StrictMode>
  );
}
