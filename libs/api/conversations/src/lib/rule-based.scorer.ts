import { Injectable } from '@nestjs/common';
import type { NativeConversation } from '@rapport/contracts';
import {
  BusinessCalendar,
  DEFAULT_EXPECTED_FORMALITY,
  DEFAULT_SCORING_CONTEXT,
  OpeningInterval,
  RULE_BASED_SCORER,
  ScoringContext,
  toScorableConversation,
  UNDETERMINED,
  Weekday,
  WEEKDAYS,
} from '@rapport/scoring';
import type { WeeklyHours } from '@rapport/api-vendors';
import { ConversationScorer, ConversationScoreResult, VendorProfile } from './conversation-scorer';

/** The product's default scorer (rule-based, offline), fed with each vendor's calendar and formality norms. */
@Injectable()
export class RuleBasedConversationScorer extends ConversationScorer {
  readonly version = RULE_BASED_SCORER.version;
  private readonly contexts = new WeakMap<VendorProfile, ScoringContext>();

  score(conversation: NativeConversation, vendor: VendorProfile): ConversationScoreResult {
    const result = RULE_BASED_SCORER.scoreConversation(toScorableConversation(conversation), this.contextFor(vendor));
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

  private contextFor(vendor: VendorProfile): ScoringContext {
    let context = this.contexts.get(vendor);
    if (!context) {
      context = {
        ...DEFAULT_SCORING_CONTEXT,
        calendar: toCalendar(vendor.timeZone, vendor.businessHours),
        expectedFormality: { ...DEFAULT_EXPECTED_FORMALITY, ...vendor.expectedFormality },
      };
      this.contexts.set(vendor, context);
    }
    return context;
  }
}

/** Vendor opening hours (weekday 0 = Sunday → [openMinute, closeMinute) pairs) in the scorer's calendar shape. */
export function toCalendar(timeZone: string, hours: WeeklyHours): BusinessCalendar {
  const weeklyHours: Partial<Record<Weekday, OpeningInterval[]>> = {};
  WEEKDAYS.forEach((day, index) => {
    const intervals = hours[index] ?? [];
    if (intervals.length > 0) {
      weeklyHours[day] = intervals.map(([open, close]) => ({ from: clock(open), to: clock(close) }));
    }
  });
  return { timeZone, weeklyHours };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
