import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, JOB_QUEUE, JobQueue } from '@rapport/api-core';
import { ConnectorState } from './connector-state';
import { ZENDESK, ZendeskSync } from './zendesk-sync';

export const CONNECTOR_SYNC_JOB = 'connector-sync';
/** The schedule looks this often whether a sync is due (the connector's own interval is in minutes). */
const TICK_MS = 60_000;

/**
 * Syncs run as jobs of the shared queue (in-process, or BullMQ workers with REDIS_URL), one at a time: the job id is
 * fixed, so a sync asked for while one waits or runs is not added twice. A failed sync is not retried by the queue:
 * it recorded its error and keeps its cursor, and the schedule (or "Sync now") runs it again. A sync whose process
 * died resumes from its last kept page: with Redis, another worker takes the job over once its lock expires; without,
 * the API queues it again when it starts.
 */
@Injectable()
export class ConnectorJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ConnectorJobs');
  private timer: NodeJS.Timeout | undefined;
  private readonly stop = new AbortController();

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly sync: ZendeskSync,
    private readonly state: ConnectorState,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.queue.handle(CONNECTOR_SYNC_JOB, async () => {
      await this.sync.run(this.stop.signal);
    });
  }

  queueSync(): Promise<void> {
    return this.queue.add(CONNECTOR_SYNC_JOB, { kind: ZENDESK }, { jobId: `${CONNECTOR_SYNC_JOB}-${ZENDESK}`, attempts: 1 });
  }

  onApplicationBootstrap(): void {
    if (this.config.role === 'worker') {
      return;
    }
    // A sync cut short when the last process ended (a crash, a kill, a deploy) resumes as soon as the API is back:
    // without Redis nothing else would run it again.
    this.tick();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  /**
   * Queues a sync when one was cut short (it resumes at once, even with the schedule off: it was asked for), or when
   * the connector is enabled and its interval has passed since the last sync.
   */
  async due(now: Date): Promise<boolean> {
    const row = await this.state.get(ZENDESK);
    if (!row || row.tokenSealed === null) {
      return false;
    }
    // A failed sync is not resumed: it waits a whole interval (a refused token fails again at once).
    const resumable = row.stagingId !== null && row.state !== 'failed';
    if (!resumable) {
      const since = row.state === 'failed' ? row.updatedAt : row.lastSyncAt;
      const last = since === null ? 0 : Date.parse(since);
      if (!row.settings.enabled || now.getTime() - last < row.settings.scheduleMinutes * 60_000) {
        return false;
      }
    }
    await this.queueSync();
    return true;
  }

  private tick(): void {
    this.due(new Date()).catch((error: unknown) => this.logger.warn(`connector schedule failed: ${String(error)}`));
  }

  /** A running sync stops between pages; the next one resumes from its last kept page. */
  onModuleDestroy(): void {
    clearInterval(this.timer);
    this.stop.abort();
  }
}
