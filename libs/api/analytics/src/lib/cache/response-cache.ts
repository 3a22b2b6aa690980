import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { readDataVersion } from '../rollups/data-version';

/** An answer ready to send: its JSON as bytes and an entity tag for conditional requests, both made once. */
export interface SerialisedAnswer {
  body: Buffer;
  etag: string;
}

export function serialise(answer: unknown): SerialisedAnswer {
  const body = Buffer.from(JSON.stringify(answer));
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * Serialised answers of the aggregate endpoints, kept per process up to a memory budget (least recently used go
 * first). An answer is keyed by everything it depends on: the endpoint, the data version of the months it reads (the
 * rollups' epoch and each month's version, read once the selection is resolved and before anything is computed), the
 * caller's vendor scope and the resolved request (period, vendors with their names, filters, options). Every rollup
 * write moves the versions of the months it touches in its own transaction, so an answer is never served once the
 * data behind it changed, whichever process wrote, while answers about untouched months stay. Identical requests
 * arriving together share one computation.
 */
@Injectable()
export class AnalyticsResponseCache {
  private readonly budget: number;
  private readonly entries = new Map<string, SerialisedAnswer>();
  private readonly pending = new Map<string, Promise<SerialisedAnswer>>();
  private size = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @InjectDataSource() private readonly dataSource: DataSource) {
    this.budget = config.analyticsCacheMegabytes * 1_000_000;
  }

  /** The version of the data an answer reading `months` depends on; null when caching is off or it is unknown. */
  async versionOf(months: readonly string[]): Promise<string | null> {
    return this.budget > 0 ? readDataVersion(this.dataSource, months) : null;
  }

  /** The answer, serialised: cached, being computed for an identical request, or computed now. */
  async answer(version: string | null, key: readonly unknown[], compute: () => Promise<unknown>): Promise<SerialisedAnswer> {
    if (version === null) {
      return serialise(await compute());
    }
    // Answers filed under versions that have moved on are never asked for again; they age out of the budget.
    const id = JSON.stringify([version, ...key]);
    const cached = this.entries.get(id);
    if (cached !== undefined) {
      this.entries.delete(id);
      this.entries.set(id, cached);
      return cached;
    }
    const running = this.pending.get(id);
    if (running) {
      return running;
    }
    const computing = compute().then(serialise);
    this.pending.set(id, computing);
    try {
      const answer = await computing;
      this.store(id, answer);
      return answer;
    } finally {
      this.pending.delete(id);
    }
  }

  private store(id: string, answer: SerialisedAnswer): void {
    const size = id.length + answer.body.length;
    if (size > this.budget) {
      return;
    }
    this.entries.set(id, answer);
    this.size += size;
    for (const [oldest, value] of this.entries) {
      if (this.size <= this.budget) {
        break;
      }
      this.entries.delete(oldest);
      this.size -= oldest.length + value.body.length;
    }
  }
}
