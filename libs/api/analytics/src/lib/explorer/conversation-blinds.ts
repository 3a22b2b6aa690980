import { Injectable } from '@nestjs/common';
import type { Principal } from '@rapport/api-core';
import type { ConversationDetailDto } from '@rapport/contracts';

/** Something that may forbid a caller to see a conversation's automatic scores for now (a blind review in progress). */
export interface ConversationBlind {
  hidesScores(conversationId: string, principal: Principal): Promise<boolean>;
  /** Every conversation whose automatic scores the caller may not see now (for lists and exports). */
  hiddenConversations(principal: Principal): Promise<readonly string[]>;
}

/**
 * Where features that blind conversations register (the reviews module does, in `onModuleInit`), so the explorer
 * depends on none of them. The explorer asks every registered blind before answering one conversation; any one
 * that says so hides its scores. No blind registered: nothing is hidden.
 */
@Injectable()
export class ConversationBlinds {
  private readonly blinds: ConversationBlind[] = [];

  register(blind: ConversationBlind): void {
    this.blinds.push(blind);
  }

  async hidesScores(conversationId: string, principal: Principal): Promise<boolean> {
    for (const blind of this.blinds) {
      if (await blind.hidesScores(conversationId, principal)) {
        return true;
      }
    }
    return false;
  }

  /** The conversations any registered blind hides from the caller: lists and exports mask and filter them. */
  async hiddenFor(principal: Principal): Promise<HiddenConversations> {
    const ids = new Set<string>();
    for (const blind of this.blinds) {
      for (const id of await blind.hiddenConversations(principal)) {
        ids.add(id);
      }
    }
    return new HiddenConversations([...ids].sort());
  }
}

/** Conversation ids are UUIDs; only those are ever written into a statement as literals. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Conversations whose automatic scores the caller may not see. Lists and exports mask their scores with
 * `masked(column)`, so score bands and score sorts treat them as unscored whatever their score (a band filter
 * neither includes nor excludes them by their score), and leave them out of filters on scorer output (a rule that
 * fired, scorer signals) with `notHidden`. The ids go into the statement as checked UUID literals rather than
 * parameters: the same fragment appears in the select list, the conditions and the order, whose placeholders
 * SQLite numbers by position, and a reviewer's open assignments are a few hundred at most.
 */
export class HiddenConversations {
  static readonly NONE = new HiddenConversations([]);
  private readonly set: ReadonlySet<string>;

  constructor(readonly ids: readonly string[]) {
    for (const id of ids) {
      if (!UUID.test(id)) {
        throw new Error(`not a conversation id: ${id}`);
      }
    }
    this.set = new Set(ids);
  }

  get empty(): boolean {
    return this.ids.length === 0;
  }

  has(conversationId: string): boolean {
    return this.set.has(conversationId);
  }

  /** `column`, or NULL for a hidden conversation (`f.conversation_id` names the row's conversation). */
  masked(column: string): string {
    return this.empty ? column : `(CASE WHEN f.conversation_id IN (${this.literals()}) THEN NULL ELSE ${column} END)`;
  }

  /** A condition leaving hidden conversations out, or none. */
  notHidden(): string[] {
    return this.empty ? [] : [`f.conversation_id NOT IN (${this.literals()})`];
  }

  private literals(): string {
    return this.ids.map((id) => `'${id}'`).join(', ');
  }
}

/** The conversation without anything the automatic scorer produced: scores, scorer version, signals and evidence. */
export function blinded(detail: ConversationDetailDto): ConversationDetailDto {
  return {
    ...detail,
    scores: { responsiveness: null, courtesy: null, comprehension: null, overall: null },
    scorerVersion: null,
    signals: null,
    evidence: [],
    blind: true,
  };
}
