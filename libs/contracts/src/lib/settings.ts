import { z } from 'zod';
import { CHANNELS, Channel, FORMALITIES, Formality } from './vocabulary';

/** Response-time targets of one channel, in seconds. */
export interface SlaTargetDto {
  firstResponseSeconds: number;
  replyGapSeconds: number;
}

export interface ScoreWeightsDto {
  responsiveness: number;
  courtesy: number;
  comprehension: number;
}

/** `GET/PUT /api/settings/scoring`: how the overall score weighs its dimensions, and the SLA targets per channel. */
export interface ScoringSettingsDto {
  weights: ScoreWeightsDto;
  slaTargets: Record<Channel, SlaTargetDto>;
}

/**
 * What a change of scoring settings (or of a vendor's hours, time zone or formality) started: stored scores computed
 * with other settings are scored again in the background; until then they keep the scores of the settings they
 * record. `conversations` is how many are due.
 */
export interface RescoreStartedDto {
  started: boolean;
  conversations: number;
}

/** `PUT /api/settings/scoring`: the settings as saved and the rescore they started. */
export interface ScoringSettingsSavedDto extends ScoringSettingsDto {
  rescore: RescoreStartedDto;
}

/** `GET /api/settings/scoring/rescore`: progress of the background rescore after settings changed. */
export interface ScoringRescoreProgressDto {
  running: boolean;
  /** Conversations rescored so far in this pass, and how many it found due when it started. */
  done: number;
  total: number;
}

/** A month, as an upper bound for any response-time target. */
export const MAX_TARGET_SECONDS = 31 * 24 * 3_600;

const weight = z.number().finite().min(0, 'must be 0 or more').max(1_000);
const seconds = z.number().int('must be whole seconds').min(1, 'must be at least 1 second').max(MAX_TARGET_SECONDS, 'must be at most 31 days');

export const scoringSettingsSchema = z.strictObject({
  weights: z
    .strictObject({ responsiveness: weight, courtesy: weight, comprehension: weight })
    .refine((weights) => weights.responsiveness + weights.courtesy + weights.comprehension > 0, { message: 'at least one weight must be above 0' }),
  // Every channel, so a saved configuration never depends on defaults that may change.
  slaTargets: z.record(z.enum(CHANNELS), z.strictObject({ firstResponseSeconds: seconds, replyGapSeconds: seconds })),
}) satisfies z.ZodType<ScoringSettingsDto>;

/** Days of the week in `Date.getDay()` order (0 = Sunday), as the scoring library's calendars name them. */
export const BUSINESS_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type BusinessDay = (typeof BUSINESS_DAYS)[number];

/** Opening hours in the vendor's local time, 'HH:MM'; '24:00' closes at midnight. */
export interface OpeningHoursDto {
  from: string;
  to: string;
}

/** Everything the settings page edits about a vendor; `GET /api/vendors` gives the shorter VendorDto. */
export interface VendorProfileDto {
  id: string;
  slug: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** IANA time zone of the vendor's sites. */
  timeZone: string;
  sites: string[];
  /** Opening intervals per day; a day without intervals is closed. */
  businessHours: Record<BusinessDay, OpeningHoursDto[]>;
  /** What the client's customers expect per language in this vendor's market, e.g. { de: 'formal' }. */
  expectedFormality: Partial<Record<string, Formality>>;
  /** Local dates on which the vendor is closed, sorted by date: business time and coverage skip them. */
  holidays: HolidayDto[];
  createdAt: string;
}

/** A day the vendor's sites are closed, e.g. { date: '2026-12-25', name: 'Christmas Day' }. */
export interface HolidayDto {
  /** Local date, YYYY-MM-DD. */
  date: string;
  name: string;
}

/** A vendor keeps at most this many holidays (several years of a country's public holidays). */
export const MAX_HOLIDAYS = 400;

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `PUT /api/vendors/:vendorId`: the profile as saved and the rescore its hours, time zone or formality started. */
export interface VendorProfileSavedDto extends VendorProfileDto {
  rescore: RescoreStartedDto;
}

const LANGUAGE = /^[a-z]{2,3}$/;
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Minutes since midnight of an 'HH:MM' time. */
export function clockMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** 'HH:MM' of minutes since midnight (0–1440). */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

let regionNames: Intl.DisplayNames | undefined;

/** An assigned ISO 3166-1 alpha-2 code (upper case), as the runtime's region data knows them. */
export function isCountryCode(value: string): boolean {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return /^[A-Z]{2}$/.test(value) && value !== 'ZZ' && regionNames.of(value) !== undefined;
}

const openingHours = z
  .array(z.strictObject({ from: z.string().regex(CLOCK, 'must be HH:MM'), to: z.string().regex(CLOCK, 'must be HH:MM') }))
  .max(4, 'at most 4 opening intervals a day')
  .superRefine((intervals, context) => {
    const sorted = intervals
      .filter((interval) => CLOCK.test(interval.from) && CLOCK.test(interval.to))
      .map((interval) => [clockMinutes(interval.from), clockMinutes(interval.to)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [index, [from, to]] of sorted.entries()) {
      if (from >= to) {
        context.addIssue({ code: 'custom', message: 'each interval must close after it opens' });
        return;
      }
      const previous = sorted[index - 1];
      if (previous && previous[1] > from) {
        context.addIssue({ code: 'custom', message: 'intervals of a day must not overlap' });
        return;
      }
    }
  });

/** `POST /api/vendors` and `PUT /api/vendors/:vendorId`: the whole profile (PUT replaces it). */
export const vendorProfileSchema = z.strictObject({
  slug: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by single hyphens, e.g. lisboa-contact'),
  name: z.string().trim().min(1, 'is required').max(200),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code such as PT'),
  timeZone: z.string().trim().max(64).refine(isTimeZone, 'must be an IANA time zone such as Europe/Lisbon'),
  sites: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  businessHours: z.strictObject(Object.fromEntries(BUSINESS_DAYS.map((day) => [day, openingHours.default([])])) as Record<BusinessDay, z.ZodDefault<typeof openingHours>>),
  expectedFormality: z
    .record(z.string(), z.enum(FORMALITIES))
    .superRefine((formality, context) => {
      for (const language of Object.keys(formality).filter((key) => !LANGUAGE.test(key))) {
        context.addIssue({ code: 'custom', path: [language], message: 'must be a language code such as de' });
      }
    })
    .default({}),
  holidays: z
    .array(
      z.strictObject({
        date: z.string().trim().refine(isCalendarDate, 'must be a date written YYYY-MM-DD'),
        name: z.string().trim().max(100).default(''),
      }),
    )
    .max(MAX_HOLIDAYS, `at most ${MAX_HOLIDAYS} holidays`)
    .superRefine((holidays, context) => {
      const seen = new Set<string>();
      for (const [index, holiday] of holidays.entries()) {
        if (seen.has(holiday.date)) {
          context.addIssue({ code: 'custom', path: [index, 'date'], message: `${holiday.date} is listed twice` });
        }
        seen.add(holiday.date);
      }
    })
    .default([]),
});
export type VendorProfileInput = z.infer<typeof vendorProfileSchema>;

/** `GET/PUT /api/settings/reports`: what reports may show beyond one vendor's own figures. */
export interface ReportSettingsDto {
  /** Per-vendor reports show all vendors' pooled averages beside the vendor's own figures; off by default. */
  pooledAverages: boolean;
}

export const reportSettingsDefaults: ReportSettingsDto = { pooledAverages: false };

export const reportSettingsSchema = z.strictObject({ pooledAverages: z.boolean() }) satisfies z.ZodType<ReportSettingsDto>;
