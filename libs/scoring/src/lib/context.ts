import { Channel, Formality } from '@rapport/contracts';
import {
  BusinessCalendar,
  OpeningInterval,
  ScoreWeights,
  ScoringContext,
  SlaTarget,
} from './types';

const OFFICE_DAY: readonly OpeningInterval[] = [{ from: '09:00', to: '17:00' }];
const WHOLE_DAY: readonly OpeningInterval[] = [{ from: '00:00', to: '24:00' }];

/** Monday to Friday, 09:00–17:00 UTC: replace with the vendor's site calendar. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = {
  timeZone: 'UTC',
  weeklyHours: {
    mon: OFFICE_DAY,
    tue: OFFICE_DAY,
    wed: OFFICE_DAY,
    thu: OFFICE_DAY,
    fri: OFFICE_DAY,
  },
};

/** Round-the-clock coverage, for vendors contracted 24/7. */
export const ALWAYS_OPEN_CALENDAR: BusinessCalendar = {
  timeZone: 'UTC',
  weeklyHours: {
    sun: WHOLE_DAY,
    mon: WHOLE_DAY,
    tue: WHOLE_DAY,
    wed: WHOLE_DAY,
    thu: WHOLE_DAY,
    fri: WHOLE_DAY,
    sat: WHOLE_DAY,
  },
};

/**
 * Common industry targets: live channels on the wall clock, asynchronous ones in business time
 * (an email answered first thing the next morning is on time).
 */
export const DEFAULT_SLA_TARGETS: Readonly<Record<Channel, SlaTarget>> = {
  chat: { firstResponseSeconds: 60, replyGapSeconds: 120, clock: 'wall' },
  'voice-transcript': {
    firstResponseSeconds: 30,
    replyGapSeconds: 60,
    clock: 'wall',
  },
  social: {
    firstResponseSeconds: 3_600,
    replyGapSeconds: 3_600,
    clock: 'wall',
  },
  email: {
    firstResponseSeconds: 8 * 3_600,
    replyGapSeconds: 8 * 3_600,
    clock: 'business',
  },
  'phone-notes': {
    firstResponseSeconds: 4 * 3_600,
    replyGapSeconds: 8 * 3_600,
    clock: 'business',
  },
};

/** Courtesy and responsiveness weigh most for vendor managers; comprehension completes the picture. */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  responsiveness: 0.35,
  courtesy: 0.35,
  comprehension: 0.3,
};

/**
 * Customer-service register norms per language when the client has not configured its own: German, French and
 * Slovenian customers expect the V form (Sie, vous, vi); Swedish customer service uses "du"; Spanish, Portuguese
 * and English vary by market, so either register is accepted.
 */
export const DEFAULT_EXPECTED_FORMALITY: Readonly<Record<string, Formality>> = {
  de: 'formal',
  fr: 'formal',
  sl: 'formal',
  sv: 'informal',
  es: 'neutral',
  pt: 'neutral',
  en: 'neutral',
};

export const DEFAULT_RECONTACT_WINDOW_SECONDS = 72 * 3_600;

export const DEFAULT_SCORING_CONTEXT: ScoringContext = {
  calendar: DEFAULT_BUSINESS_CALENDAR,
  sla: DEFAULT_SLA_TARGETS,
  weights: DEFAULT_WEIGHTS,
  expectedFormality: DEFAULT_EXPECTED_FORMALITY,
  recontactWindowSeconds: DEFAULT_RECONTACT_WINDOW_SECONDS,
};
