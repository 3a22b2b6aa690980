import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '@rapport/api-core';
import { QueueRefillScheduler } from './queue-refill.scheduler';

/** How often the timer looks for due refills: schedules are daily or weekly, so a minute late is on time. */
export const REFILL_TICK_MS = 60_000;

/**
 * The in-process driver of the refill schedule: every minute (and once at start-up, for refills due while the API
 * was down) it asks `QueueRefillScheduler` for the refills due now. Passes never overlap in this process; other
 * processes are kept apart by the scheduler's claim. A queue worker can replace this class by calling
 * `refillDue(now)` on its own ticks.
 */
@Injectable()
export class QueueRefillTimer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('QueueRefillTimer');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly scheduler: QueueRefillScheduler,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), REFILL_TICK_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass at the clock's now, unless one is running. */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.scheduler
        .refillDue(this.clock.now())
        .then(
          (done) => done.length > 0 && this.logger.log(`scheduled refills: ${done.length}`),
          (error: Error) => this.logger.error(`scheduled refill pass failed: ${error.message}`),
        )
        .then(() => undefined)
        .finally(() => {
          this.running = undefined;
        });
    }
    return this.running;
  }
}
