import { Injectable } from '@nestjs/common';

/**
 * Serialises ingestion transactions inside one process. TypeORM's SQLite driver shares a single connection, so two
 * overlapping transactions would silently nest as savepoints of each other; on PostgreSQL it also keeps two writers
 * from racing on the same conversation key. Batches are large, so waiting costs little.
 */
@Injectable()
export class IngestionLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
