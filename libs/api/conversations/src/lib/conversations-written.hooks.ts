import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InBatchScorer } from './in-batch-scoring';

/** Something that must follow stored conversations (read models, rollups), inside the writing transaction. */
export interface ConversationsWrittenHook {
  /** Called with the ids of conversations whose stored data (content, scores or surveys) may have changed. */
  conversationsWritten(manager: EntityManager, conversationIds: readonly string[]): Promise<void>;
}

/**
 * Where features that keep derived data register: the writers call `run` at the end of each write, in the same
 * transaction, so derived data is never out of step with what is stored. Feature modules register in
 * `onModuleInit`, so this module depends on none of them. No hook registered: nothing happens.
 */
@Injectable()
export class ConversationsWrittenHooks {
  private readonly hooks: ConversationsWrittenHook[] = [];
  private readonly committedListeners: Array<() => void> = [];
  private scorer: InBatchScorer | null = null;

  /**
   * Scores conversations in the transaction that stores them (the scoring library registers it); none (null: the
   * command line's `import --no-score`): they are stored `pending` for the scoring worker.
   */
  scoreInBatch(scorer: InBatchScorer | null): void {
    this.scorer = scorer;
  }

  get inBatchScorer(): InBatchScorer | null {
    return this.scorer;
  }

  register(hook: ConversationsWrittenHook): void {
    this.hooks.push(hook);
  }

  /**
   * Something to start once a write has committed (the scoring worker scores the new `pending` rows): registered
   * here so storage never depends on scoring.
   */
  onCommitted(listener: () => void): void {
    this.committedListeners.push(listener);
  }

  /** Called by the writers after their transaction has committed. */
  committed(): void {
    for (const listener of this.committedListeners) {
      listener();
    }
  }

  async run(manager: EntityManager, conversationIds: readonly string[]): Promise<void> {
    const ids = [...new Set(conversationIds)];
    if (ids.length === 0) {
      return;
    }
    for (const hook of this.hooks) {
      await hook.conversationsWritten(manager, ids);
    }
  }
}
