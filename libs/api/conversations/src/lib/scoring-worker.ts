import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConversationRescorer } from './conversation-rescorer';

/** Also looks for pending conversations on a timer: other processes (the command line) may have stored some. */
const SWEEP_INTERVAL_MS = 30_000;

/**
 * Scores conversations right after they are stored, in the background: ingestion commits conversations as
 * `pending` and kicks the worker, so files import at database speed while scoring (the slower part) follows.
 * Pending is a state the dashboard shows; nothing is ever listed without its scoring status. Kicks while a pass
 * runs are coalesced into one more pass.
 */
@Injectable()
export class ScoringWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ScoringWorker');
  private readonly stop = new AbortController();
  private running: Promise<void> | undefined;
  private again = false;
  private paused = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly rescorer: ConversationRescorer) {}

  onApplicationBootstrap(): void {
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
    if (this.running || this.paused) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
  }

  /** Holds kicks back (a bulk load that scores afterwards, with its own progress, does this). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    if (this.again) {
      this.kick();
    }
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
      } catch (error) {
        this.logger.error(error instanceof Error ? error : String(error));
        return;
      }
    } while (this.again && !this.stop.signal.aborted);
  }
}
