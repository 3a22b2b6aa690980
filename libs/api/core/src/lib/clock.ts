import { Injectable } from '@nestjs/common';

/**
 * The current time, injected rather than read from `new Date()` so time-dependent rules (session expiry,
 * lock-out windows) can be tested by moving the clock instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
