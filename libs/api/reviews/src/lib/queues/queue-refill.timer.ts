import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@rapport/api-core';
import { QueueRefillScheduler } from './queue-refill.scheduler';

/** How often the timer looks for due refills: schedules are daily or weekly, so a minute late is on time. */
export const REFILL_TICK_MS = 60_000;

/**
 * The clock of the refill schedule, on API instances: every minute (and once at start-up, for refills due while the
 * API was down) it has `QueueRefillScheduler` queue the refills due now as jobs (run in-process, or by
 * `npm run worker` with Redis). Passes never overlap in this process; other instances are kept apart by the
 * scheduler's claim.
 */
@Injectable()
export class QueueRefillTimer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('QueueRefillTimer');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly scheduler: QueueRefillScheduler,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'worker') {
      return;
    }
    void this.tick();
    this.timer = setInterval(() => void this.tick(), REFILL_TICK_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass at the clock's now, unless one is running; resolves once its jobs are queued (not run). */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.scheduler
        .queueDue(this.clock.now())
        .then(
          (queued) => queued.length > 0 && this.logger.log(`scheduled refills queued: ${queued.length}`),
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
