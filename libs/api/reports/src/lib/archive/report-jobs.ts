import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ReportGenerator } from './report-generator';

/**
 * Where report generation runs. Today `InProcessReportJobs`, one job at a time beside the requests; a queue worker
 * (BullMQ) can take over by providing this token with an implementation that adds the id to its queue and calls
 * `ReportGenerator.generate(id)` in the worker. A job is only an archive row's id: the row says what to generate.
 */
/**
 * `first`: someone is waiting on the Reports page (a regeneration asked for by a lead), so it runs before reports the
 * schedule queued; `last`: the schedule's catch-up, which nobody watches.
 */
export type JobOrder = 'first' | 'last';

export abstract class ReportJobs {
  abstract enqueue(archiveIds: readonly string[], order: JobOrder): void;
  /** Resolves once every job enqueued so far is done (tests, shutdown). */
  abstract idle(): Promise<void>;
}

/** Runs queued reports one after another on the API's event loop, never inside the request that asked for them. */
@Injectable()
export class InProcessReportJobs extends ReportJobs implements OnModuleDestroy {
  private readonly logger = new Logger('ReportJobs');
  private readonly waiting: string[] = [];
  private running: Promise<void> | undefined;

  constructor(private readonly generator: ReportGenerator) {
    super();
  }

  enqueue(archiveIds: readonly string[], order: JobOrder): void {
    const fresh = archiveIds.filter((id) => !this.waiting.includes(id));
    if (order === 'first') {
      // Already waiting ones move ahead too: a lead's request is never starved behind the schedule's backlog.
      const ahead = new Set(archiveIds);
      const rest = this.waiting.filter((id) => !ahead.has(id));
      this.waiting.splice(0, this.waiting.length, ...archiveIds, ...rest);
    } else {
      this.waiting.push(...fresh);
    }
    if (this.waiting.length === 0) {
      return;
    }
    // Started on the next turn of the event loop: the request that queued the job answers first.
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  async idle(): Promise<void> {
    while (this.running) {
      await this.running;
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.waiting.length = 0;
    await this.idle();
  }

  private async drain(): Promise<void> {
    try {
      for (let id = this.waiting.shift(); id !== undefined; id = this.waiting.shift()) {
        try {
          await this.generator.generate(id);
        } catch (error) {
          this.logger.error(`report ${id} failed: ${(error as Error).message}`);
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}
