import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { addMonths } from '@rapport/analytics';
import { APP_CONFIG, AppConfig, Clock } from '@rapport/api-core';
import { runningMonth } from '@rapport/contracts';
import { ReportArchiveService } from './report-archive.service';

/** How often the schedule looks: the reports are due once a month, so an hour late is on time. */
export const REPORT_TICK_MS = 60 * 60_000;

/**
 * The month's reports are due from the first day of the next month. Each pass queues the month before `now` unless
 * the archive already has it, so a server that was down on the first catches up at start-up; a month without
 * conversations gets no reports. The pass only queues report jobs (run by `npm run worker` with Redis); two API
 * instances' passes queue each report once (see `ReportArchiveService`).
 */
@Injectable()
export class ReportSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ReportSchedule');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly archive: ReportArchiveService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async due(now: Date): Promise<string[]> {
    const month = addMonths(runningMonth(now), -1);
    return (await this.archive.hasMonth(month)) ? [] : this.archive.queueMonth(month);
  }

  onApplicationBootstrap(): void {
    if (this.config.role === 'worker') {
      // API instances queue the month's reports; workers run them.
      return;
    }
    void this.tick();
    this.timer = setInterval(() => void this.tick(), REPORT_TICK_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  tick(): Promise<unknown> {
    this.running ??= this.due(this.clock.now())
      .then(
        (queued) => queued.length > 0 && this.logger.log(`scheduled reports queued: ${queued.length}`),
        (error: Error) => this.logger.error(`report schedule pass failed: ${error.message}`),
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
