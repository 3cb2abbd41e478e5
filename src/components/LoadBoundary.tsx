import { Component, type ReactNode } from "react";

/**
 * Catches a part of the app that failed to load or render (a code chunk that could not be
 * fetched, offline or after the site was updated) and says so in its place, instead of taking
 * the whole page down with it.
 */
export class LoadBoundary extends Component<
  { what: string; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <p role="alert" className="load-boundary">
        {this.props.what} could not be loaded ({this.state.error.message}). Reload the page to try
        again.
      </p>
    );
  }
}
