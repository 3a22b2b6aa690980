import { InjectionToken } from '@angular/core';

/** The time now; replaced in tests that need a fixed day. */
export const CLOCK = /* @__PURE__ */ new InjectionToken<() => Date>('CLOCK', {
  providedIn: 'root',
  factory: () => () => new Date(),
});
