import type { SqlDialect } from '@rapport/api-database';

/**
 * Which conversations to (re)score: `pending` ones never scored (what the worker does after every ingestion);
 * `outdated` ones, scored with other scoring settings, another profile of their vendor or another scorer version than
 * the current ones (after an administrator changes them, or after an upgrade); `stale` ones (pending, failed, outdated, or scored by another scorer
 * version: after an upgrade); or `all`.
 */
export type RescoreScope = 'pending' | 'stale' | 'outdated' | 'all';

/** What a scope is measured against: the scorer's version and, per vendor id, the inputs fingerprint due now. */
export interface ScopeTargets {
  scorerVersion: string;
  expectedFingerprints: ReadonlyMap<string, string>;
}

/** A WHERE condition over `conversations` with its parameters, numbered from the given offset. */
export interface ScopeCondition {
  where: string;
  params: unknown[];
}

export function scopeCondition(
  scope: RescoreScope,
  targets: ScopeTargets,
  dialect: SqlDialect,
  offset: number,
): ScopeCondition {
  const condition = anyScopeCondition(scope, targets, dialect, offset);
  // A conversation without its transcript has nothing to score, whatever the scope.
  return { where: `(score_status <> 'no-transcript' AND ${condition.where})`, params: condition.params };
}

function anyScopeCondition(
  scope: RescoreScope,
  targets: ScopeTargets,
  dialect: SqlDialect,
  offset: number,
): ScopeCondition {
  switch (scope) {
    case 'pending':
      return { where: `score_status = 'pending'`, params: [] };
    case 'outdated': {
      // A new scorer version outdates every score, like a settings change: the background pass picks both up.
      const settings = outdatedCondition(targets.expectedFingerprints, dialect, offset + 1);
      return {
        where: `(score_status <> 'pending' AND (scorer_version IS NULL OR scorer_version <> ${dialect.param(offset)} OR ${settings.where}))`,
        params: [targets.scorerVersion, ...settings.params],
      };
    }
    case 'stale': {
      const outdated = outdatedCondition(targets.expectedFingerprints, dialect, offset + 1);
      return {
        where: `(score_status IN ('pending', 'failed') OR scorer_version IS NULL OR scorer_version <> ${dialect.param(offset)} OR ${outdated.where})`,
        params: [targets.scorerVersion, ...outdated.params],
      };
    }
    case 'all':
      return { where: '1 = 1', params: [] };
  }
}

/** Scored conversations whose stored inputs fingerprint is not the one their vendor's conversations get now. */
function outdatedCondition(expected: ReadonlyMap<string, string>, dialect: SqlDialect, offset: number): ScopeCondition {
  if (expected.size === 0) {
    return { where: '1 = 0', params: [] };
  }
  const params: unknown[] = [];
  const branches = [...expected].map(([vendorId, fingerprint]) => {
    params.push(vendorId, fingerprint);
    return `WHEN ${dialect.param(offset + params.length - 2)} THEN ${dialect.param(offset + params.length - 1)}`;
  });
  // Vendors created after the targets were read keep their own value: they are not outdated by this pass.
  const due = `CASE vendor_id ${branches.join(' ')} ELSE settings_fingerprint END`;
  return {
    where: `(score_status <> 'pending' AND (settings_fingerprint IS NULL OR settings_fingerprint <> ${due}))`,
    params,
  };
}
