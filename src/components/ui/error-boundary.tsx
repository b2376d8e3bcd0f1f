import { Component, type ErrorInfo, type ReactNode } from 'react';
import { paths } from '../../paths';

interface State {
  failed: boolean;
}

/** The last line of defence: something threw while rendering. Never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="mx-auto flex max-w-2xl flex-col items-start gap-4 px-4 py-16">
        <h1 className="text-3xl font-black">Sorry, this page broke</h1>
        <p className="text-white/80">Something went wrong while showing it. Reloading may help; the wall is one click away.</p>
        <a href={paths.wall.getHref()} className="font-semibold text-gold-400 underline">
          Back to the wall
        </a>
      </main>
    );
  }
}
