/**
 * Conversations arriving while the analytics load plays (analytics.bench.ts): batches posted to the REST endpoint at a
 * steady rate, dated in a month the request plan does not read, as a help desk keeps sending today's conversations
 * while managers look at past months. The API stores, scores and rolls them up in the same process that answers.
 */
import type { NativeConversation } from '@rapport/contracts';
import { BENCH_VENDORS } from './analytics-data';
import { benchConversation } from './ingest-data';

const LIVE_MONTH_START = Date.UTC(2026, 10, 1);

export interface IngestReport {
  batches: number;
  conversationsPerSecond: number;
  created: number;
  failed: number;
  batchP50Ms: number;
}

export class LiveIngest {
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  private readonly batchMs: number[] = [];
  private created = 0;
  private failed = 0;
  private next = 0;
  private started = 0;
  /** Ids new on every run, so a kept database (BENCH_DATABASE) stores them again rather than finding them unchanged. */
  private readonly run = Date.now().toString(36);

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
    private readonly batchSize: number,
    private readonly everyMs: number,
  ) {}

  start(): void {
    this.running = true;
    this.started = Date.now();
    this.loop = this.post();
  }

  async stop(): Promise<IngestReport> {
    this.running = false;
    await this.loop;
    const sorted = [...this.batchMs].sort((a, b) => a - b);
    return {
      batches: sorted.length,
      conversationsPerSecond: Math.round(this.created / ((Date.now() - this.started) / 1000)),
      created: this.created,
      failed: this.failed,
      batchP50Ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
    };
  }

  private async post(): Promise<void> {
    while (this.running) {
      const due = Date.now() + this.everyMs;
      const batch = Array.from({ length: this.batchSize }, () => this.conversation(this.next++));
      const posted = performance.now();
      const response = await fetch(`${this.url}/api/conversations/batch`, {
        method: 'POST',
        headers: { ...this.headers, 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      });
      const body = (await response.json()) as { counts?: { created: number; failed: number } };
      this.batchMs.push(performance.now() - posted);
      if (!response.ok || !body.counts) {
        throw new Error(`a live batch answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
      }
      this.created += body.counts.created;
      this.failed += body.counts.failed;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    }
  }

  /** A conversation of the ingestion benchmark, moved to a bench vendor and to the live month. */
  private conversation(index: number): NativeConversation {
    const template = benchConversation(index, 6);
    const shift = LIVE_MONTH_START + index * 61_000 - Date.parse(template.createdAt);
    const moved = (at: string) => new Date(Date.parse(at) + shift).toISOString();
    return {
      ...template,
      source: 'live',
      externalId: `live-${this.run}-${index}`,
      vendor: (BENCH_VENDORS[index % BENCH_VENDORS.length] as { slug: string }).slug,
      createdAt: moved(template.createdAt),
      ...(template.closedAt ? { closedAt: moved(template.closedAt) } : {}),
      messages: template.messages.map((message) => ({ ...message, at: moved(message.at) })),
    };
  }
}
