export { SCORER_NAME, SCORER_VERSION } from './lib/version';
export type { Evidence, RuleId } from './lib/evidence';
export { RULES } from './lib/evidence';
export type { RuleEffect, RuleInfo } from './lib/rule-catalogue';
export { RULE_CATALOGUE } from './lib/rule-catalogue';
export type {
  BusinessCalendar,
  ComprehensionScore,
  ConversationScore,
  CourtesyScore,
  MessageResult,
  OpeningInterval,
  ResponsivenessScore,
  ScorableConversation,
  ScorableMessage,
  ScoreWeights,
  ScoringContext,
  SlaTarget,
  Weekday,
} from './lib/types';
export { WEEKDAYS } from './lib/types';
export {
  ALWAYS_OPEN_CALENDAR,
  DEFAULT_BUSINESS_CALENDAR,
  DEFAULT_EXPECTED_FORMALITY,
  DEFAULT_RECONTACT_WINDOW_SECONDS,
  DEFAULT_SCORING_CONTEXT,
  DEFAULT_SLA_TARGETS,
  DEFAULT_WEIGHTS,
} from './lib/context';
export { scoreConversation } from './lib/conversation/score-conversation';
export { toScorableConversation } from './lib/conversation/to-scorable';
export type { MessageScore } from './lib/message/score-message';
export { scoreMessage } from './lib/message/score-message';
export { MAX_SCORED_CHARS } from './lib/text/scored-prefix';
export type {
  AnalyseOptions,
  LanguageStatus,
} from './lib/message/analyze-message';
export type { LanguageDetection } from './lib/language/detect-language';
export { detectLanguage, UNDETERMINED } from './lib/language/detect-language';
export {
  hasResources,
  normaliseLanguageCode,
  SCORED_LANGUAGES,
} from './lib/language/lexicons';
export type { AsyncScorer, Scorer } from './lib/scorer';
export { needsRescore, RULE_BASED_SCORER } from './lib/scorer';
export type {
  LanguageResources,
  PhraseCategory,
} from './languages/language-resources';
export type { ScorerCard } from './lib/model/scorer-card';
export { scorerCard } from './lib/model/scorer-card';
