import { type Signal, computed, linkedSignal } from '@angular/core';

/** What an updating report shows, and whether that is out of date. */
export interface ShownWhileUpdating<T> {
  /** The current value, or while the next one loads, the last one; null before the first or while `active` is false. */
  shown: Signal<T | null>;
  /** True while `shown` answers the previous filters. */
  updating: Signal<boolean>;
}

/**
 * Keeps the last loaded value on screen while the next one loads, so a page dims its figures instead of blanking
 * them. `current` is null while loading; `active` false (nothing asked for) clears what is shown.
 */
export function showWhileUpdating<T>(current: () => T | null, active: () => boolean = () => true): ShownWhileUpdating<T> {
  const shown = linkedSignal<T | null, T | null>({
    source: current,
    computation: (value, previous) => (active() ? (value ?? previous?.value ?? null) : null),
  });
  return { shown, updating: computed(() => current() === null && shown() !== null) };
}
