import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConversationToScoreInBatch, InBatchScorer, ScoreInBatch } from '@rapport/api-conversations';
import { ConversationScorer, scoringInputs } from './conversation-scorer';
import { scoreStoredConversation, storedScoreFields } from './stored-conversation-score';
import { ScoringSettingsReader } from './scoring-settings/scoring-settings-reader';
import { VendorProfiles } from './vendor-profiles';

/**
 * Scores conversations in the transaction that stores them (registered on `ConversationsWrittenHooks`), with what the
 * rescorer would use at that moment: the saved settings and the vendor's profile read in that transaction, the same
 * scorer and the same stored shape. Their scores, facts and rollups are then written once, and the scoring worker
 * finds nothing `pending` to read back. A conversation whose vendor profile cannot be read is left out: stored
 * `pending`, the worker scores it.
 */
@Injectable()
export class InBatchConversationScoring implements InBatchScorer {
  constructor(
    private readonly scorer: ConversationScorer,
    private readonly settings: ScoringSettingsReader,
    private readonly vendors: VendorProfiles,
  ) {}

  async score(manager: EntityManager, conversations: readonly ConversationToScoreInBatch[]): Promise<Map<string, ScoreInBatch>> {
    const settings = await this.settings.current(manager);
    const profiles = await this.vendors.byId(manager, [...new Set(conversations.map(({ row }) => row.vendor_id))]);
    const scores = new Map<string, ScoreInBatch>();
    for (const { row, messages } of conversations) {
      const vendor = profiles.get(row.vendor_id);
      if (!vendor) {
        continue;
      }
      const inputs = scoringInputs(settings, vendor);
      const score = scoreStoredConversation(this.scorer, row, inputs, messages);
      scores.set(row.id, storedScoreFields(row, score, inputs, messages.length));
    }
    return scores;
  }
}
