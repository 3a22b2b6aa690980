import { ConversationRow, StoredMessageRow, toNativeConversation } from '@rapport/api-conversations';
import { ConversationScorer, ConversationScoreResult, failedScore, ScoringInputs } from './conversation-scorer';

/**
 * Scores a conversation in its stored shape, with its previous contact: the one way both the rescorer and in-batch
 * scoring score, so a conversation scored either way gets the same result.
 */
export function scoreStoredConversation(
  scorer: ConversationScorer,
  row: ConversationRow,
  inputs: ScoringInputs,
  messages: readonly StoredMessageRow[],
): ConversationScoreResult {
  try {
    const previous = row.previous_contact_at ? Date.parse(row.previous_contact_at) : Number.NaN;
    const withContact = Number.isNaN(previous) ? inputs : { ...inputs, previousContactAt: previous };
    return scorer.score(toNativeConversation(row, inputs.vendor.slug, messages), withContact);
  } catch (error) {
    // A scorer bug must not block the others: the conversation is marked failed and a `stale` rescore retries it.
    return failedScore(scorer.version, error);
  }
}
