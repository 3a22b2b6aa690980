import { Injectable } from '@angular/core';

/**
 * Tells the stores that the conversations behind their figures changed (an import finished), so what they loaded
 * is out of date. Stores are application-wide and keep what they loaded: without this, a scorecard opened before an
 * import would show the old figures on return until the page is reloaded.
 */
@Injectable({ providedIn: 'root' })
export class DataChanges {
  private readonly listeners = new Set<() => void>();

  /** Calls `listener` after every change; stores live as long as the application, so there is no unsubscribing. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  notify(): void {
    for (const listener of this.listeners) {
      listener();
    }
  }
}
