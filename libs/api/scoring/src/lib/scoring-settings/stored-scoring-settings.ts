import { CHANNELS, Channel, ScoringSettingsDto, scoringSettingsSchema } from '@rapport/contracts';
import { DEFAULT_SLA_TARGETS, DEFAULT_WEIGHTS, ScoringContext } from '@rapport/scoring';

/** Key of the scoring settings' row in the `settings` table (owned by the settings feature). */
export const SCORING_SETTINGS_KEY = 'scoring';

/** The scoring library's documented defaults, in the settings API's shape: what a fresh installation scores with. */
export const DEFAULT_SCORING_SETTINGS: ScoringSettingsDto = {
  weights: { ...DEFAULT_WEIGHTS },
  slaTargets: Object.fromEntries(
    CHANNELS.map((channel) => [channel, { firstResponseSeconds: DEFAULT_SLA_TARGETS[channel].firstResponseSeconds, replyGapSeconds: DEFAULT_SLA_TARGETS[channel].replyGapSeconds }]),
  ) as ScoringSettingsDto['slaTargets'],
};

/** What of the scoring context these settings decide; calendars and formality come from each vendor. */
export type ScoringSettingsContext = Pick<ScoringContext, 'weights' | 'sla'>;

/**
 * Stored settings as the API answers them. Each part that does not validate on its own (stored by an older
 * version, or a channel added since) falls back to its default instead of failing every read.
 */
export function readStoredScoringSettings(stored: unknown): ScoringSettingsDto {
  const value = typeof stored === 'object' && stored !== null ? (stored as Partial<Record<keyof ScoringSettingsDto, unknown>>) : {};
  const weights = scoringSettingsSchema.shape.weights.safeParse(value.weights);
  const targets = typeof value.slaTargets === 'object' && value.slaTargets !== null ? (value.slaTargets as Partial<Record<Channel, unknown>>) : {};
  const targetSchema = scoringSettingsSchema.shape.slaTargets.valueType;
  return {
    weights: weights.success ? weights.data : DEFAULT_SCORING_SETTINGS.weights,
    slaTargets: Object.fromEntries(
      CHANNELS.map((channel) => {
        const target = targetSchema.safeParse(targets[channel]);
        return [channel, target.success ? target.data : DEFAULT_SCORING_SETTINGS.slaTargets[channel]];
      }),
    ) as ScoringSettingsDto['slaTargets'],
  };
}

/** The scorer's weights and SLA targets from the settings; whether a channel counts wall-clock or business time stays the library's. */
export function toScoringContext(settings: ScoringSettingsDto): ScoringSettingsContext {
  return {
    weights: { ...settings.weights },
    sla: Object.fromEntries(CHANNELS.map((channel) => [channel, { ...settings.slaTargets[channel], clock: DEFAULT_SLA_TARGETS[channel].clock }])) as ScoringContext['sla'],
  };
}
