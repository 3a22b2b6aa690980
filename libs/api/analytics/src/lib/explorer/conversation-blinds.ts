import { Injectable } from '@nestjs/common';
import type { Principal } from '@rapport/api-core';
import type { ConversationDetailDto } from '@rapport/contracts';

/** Something that may forbid a caller to see a conversation's automatic scores for now (a blind review in progress). */
export interface ConversationBlind {
  hidesScores(conversationId: string, principal: Principal): Promise<boolean>;
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
