import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { APP_CONFIG, AppConfig, JOB_QUEUE, JobQueue } from '@rapport/api-core';
import type { RescoreStartedDto, ScoringRescoreProgressDto } from '@rapport/contracts';
import { ConversationRescorer } from './conversation-rescorer';

/** Also looks for pending conversations on a timer: other processes (the command line) may have stored some. */
const SWEEP_INTERVAL_MS = 30_000;

export const SCORE_PENDING_JOB = 'score-pending';
export const RESCORE_OUTDATED_JOB = 'rescore-outdated';

/** A pass over conversations scored with other settings than the current ones; resumable where it stopped. */
interface OutdatedPass {
  afterId: string;
  done: number;
  total: number;
}

/**
 * Scores conversations right after they are stored, in the background: ingestion commits conversations as
 * `pending` and kicks the worker, so files import at database speed while scoring (the slower part) follows.
 * Pending is a state the dashboard shows; nothing is ever listed without its scoring status. Kicks while a pass
 * runs are coalesced into one more pass.
 *
 * It also scores again the conversations whose scores were computed with other scoring settings or another vendor
 * profile than the current ones (`rescoreOutdated`, called when an administrator changes them, and once at start-up
 * for changes made while the API was down). Those keep their earlier scores, and their `scored` status, until their
 * turn comes; new conversations go first: a kick pauses the pass, which resumes where it stopped.
 */
@Injectable()
export class ScoringWorker implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ScoringWorker');
  private readonly stop = new AbortController();
  private running: Promise<void> | undefined;
  private again = false;
  private paused = false;
  private timer: NodeJS.Timeout | undefined;
  private outdated: OutdatedPass | undefined;
  private lookForOutdated = false;
  private interruptOutdated: AbortController | undefined;

  /** With REDIS_URL, an API process scores nothing itself: kicks become queued jobs that worker processes run. */
  private readonly remote: boolean;

  constructor(
    private readonly rescorer: ConversationRescorer,
    @Optional() @Inject(JOB_QUEUE) private readonly jobs?: JobQueue,
    @Optional() @Inject(APP_CONFIG) config?: AppConfig,
  ) {
    this.remote = jobs?.distributed === true && config?.role !== 'worker';
  }

  onModuleInit(): void {
    // Both are idempotent: a pass scores what is pending or outdated when it runs, whoever queued it.
    this.jobs?.handle(SCORE_PENDING_JOB, async () => {
      this.kick();
      await this.idle();
    });
    this.jobs?.handle<{ vendorId?: string }>(RESCORE_OUTDATED_JOB, async ({ vendorId }) => {
      await this.rescoreOutdated(vendorId);
      await this.idle();
    });
  }

  onApplicationBootstrap(): void {
    if (this.remote) {
      return;
    }
    this.lookForOutdated = true;
    this.kick();
    this.timer = setInterval(() => this.kick(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.stop.abort();
    await this.running;
  }

  kick(): void {
    if (this.stop.signal.aborted) {
      return;
    }
    if (this.remote) {
      this.queue(SCORE_PENDING_JOB, {});
      return;
    }
    if (this.running || this.paused) {
      this.again = true;
      this.interruptOutdated?.abort();
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
  }

  /**
   * Settings that scores depend on have changed: counts the conversations now outdated (of one vendor, or all) and
   * starts scoring them again from the first, in the background.
   */
  async rescoreOutdated(vendorId?: string): Promise<RescoreStartedDto> {
    const conversations = await this.rescorer.count('outdated', vendorId);
    if (conversations === 0) {
      return { started: false, conversations };
    }
    const total = vendorId === undefined ? conversations : await this.rescorer.count('outdated');
    if (this.remote) {
      this.outdated = { afterId: '', done: 0, total };
      this.queue(RESCORE_OUTDATED_JOB, vendorId === undefined ? {} : { vendorId });
      return { started: true, conversations };
    }
    this.outdated = { afterId: '', done: 0, total };
    this.interruptOutdated?.abort();
    this.kick();
    return { started: true, conversations };
  }

  /** Where the rescore of outdated conversations stands. */
  async outdatedProgress(): Promise<ScoringRescoreProgressDto> {
    if (this.remote && this.outdated) {
      // Workers elsewhere do the pass: what is left outdated in the database tells how far they got.
      const left = await this.rescorer.count('outdated');
      this.outdated.done = Math.max(0, this.outdated.total - left);
      if (left === 0) {
        this.outdated = undefined;
      }
    }
    return this.outdated ? { running: true, done: this.outdated.done, total: this.outdated.total } : { running: false, done: 0, total: 0 };
  }

  /** Holds kicks back (a bulk load that scores afterwards, with its own progress, does this). */
  pause(): void {
    this.paused = true;
    this.interruptOutdated?.abort();
  }

  resume(): void {
    this.paused = false;
    if (this.again || this.outdated) {
      this.kick();
    }
  }

  private queue(name: string, data: object): void {
    this.jobs?.add(name, data).catch((error: unknown) => {
      // The workers' own sweep finds pending and outdated conversations within a minute.
      this.logger.warn(`could not queue ${name}: ${String(error)}`);
    });
  }

  /** Resolves once no pass is running or due (tests and the command line wait on it). */
  async idle(): Promise<void> {
    while (this.running) {
      await this.running;
    }
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.rescorer.rescore({ scope: 'pending', signal: this.stop.signal });
        if (!this.again && !this.paused) {
          await this.continueOutdated();
        }
      } catch (error) {
        this.logger.error(error instanceof Error ? error : String(error));
        return;
      }
    } while ((this.again || (this.outdated && !this.paused)) && !this.stop.signal.aborted);
  }

  /** Scores outdated conversations until none is left or a kick, a pause or a new change interrupts. */
  private async continueOutdated(): Promise<void> {
    if (this.lookForOutdated) {
      this.lookForOutdated = false;
      if (!this.outdated) {
        const total = await this.rescorer.count('outdated');
        this.outdated = total > 0 ? { afterId: '', done: 0, total } : undefined;
      }
    }
    const pass = this.outdated;
    if (!pass) {
      return;
    }
    const interrupt = new AbortController();
    this.interruptOutdated = interrupt;
    const signal = AbortSignal.any([this.stop.signal, interrupt.signal]);
    const doneBefore = pass.done;
    await this.rescorer.rescore({
      scope: 'outdated',
      afterId: pass.afterId,
      total: pass.total,
      signal,
      onProgress: ({ done, afterId }) => {
        pass.afterId = afterId;
        pass.done = Math.min(pass.total, doneBefore + done);
      },
    });
    this.interruptOutdated = undefined;
    if (!signal.aborted && this.outdated === pass) {
      this.outdated = undefined;
      this.logger.log({ msg: 'outdated scores computed again', conversations: pass.done });
    }
  }
}
