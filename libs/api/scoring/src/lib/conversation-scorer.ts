import type { Formality, NativeConversation, ScoreStatus } from '@rapport/contracts';
import type { WeeklyHours } from '@rapport/api-vendors';
import type { ScoringSettingsSnapshot } from './scoring-settings/scoring-settings-reader';
import type { ScoringSettingsContext } from './scoring-settings/stored-scoring-settings';

/** What the scorer needs to know about the vendor that handled a conversation. */
export interface VendorProfile {
  id: string;
  slug: string;
  timeZone: string;
  businessHours: WeeklyHours;
  expectedFormality: Partial<Record<string, Formality>>;
  /** Local dates 'YYYY-MM-DD' on which the vendor is closed; absent means none. */
  holidays?: readonly string[];
  /** Identifies the time zone, hours, holidays and formality above: a score computed with other ones is outdated. */
  fingerprint: string;
}

/** Everything a score depends on besides the conversation itself. */
export interface ScoringInputs {
  vendor: VendorProfile;
  /** Weights and SLA targets of the saved scoring settings. */
  settings: ScoringSettingsContext;
  /** `<settings>.<vendor profile>` fingerprints: stored with the score, so every score names the settings behind it. */
  fingerprint: string;
  /** When the same customer last contacted the vendor (epoch ms), for the 72-hour recontact signal. */
  previousContactAt?: number;
}

export function scoringInputs(settings: ScoringSettingsSnapshot, vendor: VendorProfile): ScoringInputs {
  return { vendor, settings: settings.context, fingerprint: inputsFingerprint(settings, vendor) };
}

/** The fingerprint a conversation of this vendor is scored with under these settings. */
export function inputsFingerprint(settings: Pick<ScoringSettingsSnapshot, 'fingerprint'>, vendor: Pick<VendorProfile, 'fingerprint'>): string {
  return `${settings.fingerprint}.${vendor.fingerprint}`;
}

/** Headline scores stored on the conversation row, plus the full result stored in `conversation_scores`. */
export interface ConversationScoreResult {
  status: Exclude<ScoreStatus, 'pending' | 'no-transcript'>;
  scorerVersion: string;
  /** Detected customer language, null when it could not be told. */
  language: string | null;
  responsiveness: number | null;
  courtesy: number | null;
  comprehension: number | null;
  overall: number | null;
  firstResponseSeconds: number | null;
  /** Language of each message, by position, when the scorer tells it. */
  messageLanguages: ReadonlyArray<string | null>;
  /** Everything else the scorer returned (per-message results, evidence), stored as JSON. */
  details: unknown;
}

/**
 * Scores a conversation as it is stored. Abstract so the writer does not depend on the engine's shape and tests can
 * substitute a scorer; `version` and the inputs' fingerprint decide which stored conversations a rescore must revisit.
 */
export abstract class ConversationScorer {
  abstract readonly version: string;
  abstract score(conversation: NativeConversation, inputs: ScoringInputs): ConversationScoreResult;
}

/** The outcome stored when the scorer throws: the conversation is kept and a later rescore retries it. */
export function failedScore(version: string, error: unknown): ConversationScoreResult {
  return {
    status: 'failed',
    scorerVersion: version,
    language: null,
    responsiveness: null,
    courtesy: null,
    comprehension: null,
    overall: null,
    firstResponseSeconds: null,
    messageLanguages: [],
    details: { error: error instanceof Error ? error.message : String(error) },
  };
}
