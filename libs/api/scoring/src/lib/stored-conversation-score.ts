import { ConversationRow, ScoreInBatch, StoredMessageRow, toNativeConversation } from '@rapport/api-conversations';
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

/** What is stored of a conversation's score, whichever way it was scored (messages' languages by position). */
export function storedScoreFields(
  row: ConversationRow,
  score: ConversationScoreResult,
  inputs: ScoringInputs,
  messageCount: number,
): ScoreInBatch {
  return {
    status: score.status,
    scorerVersion: score.scorerVersion,
    language: score.language ?? row.declared_language,
    responsiveness: score.responsiveness,
    courtesy: score.courtesy,
    comprehension: score.comprehension,
    overall: score.overall,
    firstResponseSeconds: score.firstResponseSeconds,
    settingsFingerprint: inputs.fingerprint,
    details: score.details,
    messageLanguages: Array.from({ length: messageCount }, (_, position) => score.messageLanguages[position] ?? null),
  };
}
