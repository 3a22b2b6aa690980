/** Closed vocabularies shared by ingestion, scoring, analytics and the dashboard. */

export const CHANNELS = ['chat', 'email', 'social', 'voice-transcript', 'phone-notes'] as const;
export type Channel = (typeof CHANNELS)[number];

export const AUTHOR_ROLES = ['customer', 'agent', 'bot', 'system'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

/** Languages with scoring resources. Other languages are stored and marked `unsupported` by the scorer. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'sv', 'sl'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** `qa-lead`: a QA reviewer who also owns rubrics, queues, calibration and dispute decisions. */
export const USER_ROLES = ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager', 'executive', 'partner'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const CSAT_SCALES = ['1-5', '1-7', '1-10', '0-10', 'thumbs'] as const;
export type CsatScale = (typeof CSAT_SCALES)[number];

export const SCORE_STATUSES = ['pending', 'scored', 'unsupported', 'failed', 'no-transcript'] as const;
export type ScoreStatus = (typeof SCORE_STATUSES)[number];

export const FORMALITIES = ['formal', 'informal', 'neutral'] as const;
export type Formality = (typeof FORMALITIES)[number];
