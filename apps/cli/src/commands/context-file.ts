import { readFileSync } from 'node:fs';
import { DEFAULT_SCORING_CONTEXT, ScoringContext } from '@rapport/scoring';

/**
 * Reads a JSON scoring context and lays it over the defaults: `calendar` replaces the default calendar,
 * `sla`, `weights` and `expectedFormality` are merged key by key.
 */
export function loadContext(path: string | undefined): ScoringContext {
  if (path === undefined) {
    return DEFAULT_SCORING_CONTEXT;
  }
  const given = JSON.parse(
    readFileSync(path, 'utf8'),
  ) as Partial<ScoringContext>;
  return {
    ...DEFAULT_SCORING_CONTEXT,
    ...given,
    sla: { ...DEFAULT_SCORING_CONTEXT.sla, ...given.sla },
    weights: { ...DEFAULT_SCORING_CONTEXT.weights, ...given.weights },
    expectedFormality: {
      ...DEFAULT_SCORING_CONTEXT.expectedFormality,
      ...given.expectedFormality,
    },
  };
}
