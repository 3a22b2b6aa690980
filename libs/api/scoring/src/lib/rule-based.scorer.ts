import { Injectable } from '@nestjs/common';
import type { NativeConversation } from '@rapport/contracts';
import { DEFAULT_EXPECTED_FORMALITY, DEFAULT_SCORING_CONTEXT, RULE_BASED_SCORER, ScoringContext, toScorableConversation, UNDETERMINED } from '@rapport/scoring';
import { ConversationScorer, ConversationScoreResult, ScoringInputs } from './conversation-scorer';
import { toCalendar } from './vendor-calendar';

/** Contexts kept at most; one per vendor and settings version in use, so a handful in practice. */
const MAX_CACHED_CONTEXTS = 1_000;

/**
 * The product's default scorer (rule-based, offline): the library's defaults overlaid with the saved weights and
 * SLA targets and with each vendor's calendar and formality norms.
 */
@Injectable()
export class RuleBasedConversationScorer extends ConversationScorer {
  readonly version = RULE_BASED_SCORER.version;
  /** By inputs fingerprint: a context is built once per settings version and vendor profile, not per conversation. */
  private readonly contexts = new Map<string, ScoringContext>();

  score(conversation: NativeConversation, inputs: ScoringInputs): ConversationScoreResult {
    const shared = this.contextFor(inputs);
    // The shared context is per settings and vendor; the previous contact is the conversation's own.
    const context = inputs.previousContactAt === undefined ? shared : { ...shared, previousContactAt: inputs.previousContactAt };
    const result = RULE_BASED_SCORER.scoreConversation(toScorableConversation(conversation), context);
    const messageLanguages: Array<string | null> = conversation.messages.map(() => null);
    for (const message of result.messages) {
      messageLanguages[message.index] = message.lang === UNDETERMINED ? null : message.lang;
    }
    return {
      status: result.languageStatus === 'supported' ? 'scored' : 'unsupported',
      scorerVersion: result.scorerVersion,
      language: result.language === UNDETERMINED ? null : result.language,
      responsiveness: result.responsiveness.score,
      courtesy: result.courtesy.score,
      comprehension: result.comprehension.score,
      overall: result.overall,
      firstResponseSeconds: result.responsiveness.firstResponseSeconds,
      messageLanguages,
      details: result,
    };
  }

  private contextFor(inputs: ScoringInputs): ScoringContext {
    let context = this.contexts.get(inputs.fingerprint);
    if (!context) {
      if (this.contexts.size >= MAX_CACHED_CONTEXTS) {
        this.contexts.clear();
      }
      context = scoringContextOf(inputs);
      this.contexts.set(inputs.fingerprint, context);
    }
    return context;
  }
}

/** The library's context with the saved settings and the vendor's profile laid over it. */
export function scoringContextOf({ vendor, settings }: ScoringInputs): ScoringContext {
  return {
    ...DEFAULT_SCORING_CONTEXT,
    weights: settings.weights,
    sla: settings.sla,
    calendar: toCalendar(vendor.timeZone, vendor.businessHours, (vendor.holidays ?? []).map((date) => ({ date }))),
    expectedFormality: { ...DEFAULT_EXPECTED_FORMALITY, ...vendor.expectedFormality },
  };
}
