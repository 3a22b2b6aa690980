import { scoreConversation } from './conversation/score-conversation';
import { AnalyseOptions } from './message/analyze-message';
import { MessageScore, scoreMessage } from './message/score-message';
import {
  ConversationScore,
  ScorableConversation,
  ScoringContext,
} from './types';
import { SCORER_NAME, SCORER_VERSION } from './version';

/**
 * What the product needs from a scorer. The rule-based scorer is the default and works offline; a customer can
 * plug in another (for example model-based) implementation with the same output shape and its own name/version,
 * so stored scores record which scorer produced them.
 */
export interface Scorer {
  readonly name: string;
  readonly version: string;
  scoreMessage(text: string, options?: AnalyseOptions): MessageScore;
  scoreConversation(
    conversation: ScorableConversation,
    context: ScoringContext,
  ): ConversationScore;
}

/** The same contract for scorers that call out (a model server): run them off the ingest path. */
export interface AsyncScorer {
  readonly name: string;
  readonly version: string;
  scoreMessage(text: string, options?: AnalyseOptions): Promise<MessageScore>;
  scoreConversation(
    conversation: ScorableConversation,
    context: ScoringContext,
  ): Promise<ConversationScore>;
}

export const RULE_BASED_SCORER: Scorer = {
  name: SCORER_NAME,
  version: SCORER_VERSION,
  scoreMessage,
  scoreConversation,
};

/** True when a stored score came from another scorer or version than the given one and should be recomputed. */
export function needsRescore(
  stored: { readonly scorer?: string; readonly scorerVersion: string },
  scorer: Pick<Scorer, 'name' | 'version'> = RULE_BASED_SCORER,
): boolean {
  return (
    stored.scorerVersion !== scorer.version ||
    (stored.scorer !== undefined && stored.scorer !== scorer.name)
  );
}
