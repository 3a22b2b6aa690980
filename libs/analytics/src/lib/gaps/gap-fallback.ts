import { resolveMinSample } from '../core/estimate';
import {
  SideDesign,
  StandardisationOptions,
  StandardisedDifference,
  standardisedColumnsDifference,
} from '../standardisation/direct-standardisation';
import { addToStratumColumns, emptyStratumColumns, StratumColumns } from '../standardisation/strata';

/**
 * Why a comparison has no figure even after falling back to coarser strata: the cell itself has fewer conversations
 * than the minimum sample, the comparison group has, or both have enough but not in shared strata at any level the
 * fallback may use.
 */
export type GapShortfallReason = 'too-few-in-cell' | 'too-few-in-reference' | 'no-overlapping-strata';

export interface GapShortfall {
  reason: GapShortfallReason;
  /** Conversations of the cell and of the comparison group, over all their strata. */
  cellN: number;
  referenceN: number;
  /** The minimum sample each side needed. */
  minimum: number;
}

export interface GapFallbackOptions extends StandardisationOptions {
  /**
   * The coarsest adjustment a comparison may fall back to, in stratum-key parts kept (default 0: unadjusted). With
   * keys `channel|queue|hour band`, 1 stops at "adjusted for channel".
   */
  coarsestAdjustment?: number;
}

/** One adjustment level: the stratum list with keys cut to their first `level` parts, and where each fine stratum goes. */
export interface AdjustmentLevel {
  /** Stratum-key parts kept: the finest level keeps them all, 0 is unadjusted (one stratum). */
  level: number;
  strata: string[];
  /** Per fine stratum (position in the finest list), its position in `strata`. */
  coarseOf: Int32Array;
}

const KEY_SEPARATOR = '|';

/**
 * The levels a comparison tries, finest first: every stratum key cut to fewer leading parts, one part at a time,
 * down to `coarsest` parts (0: a single stratum, unadjusted). The finest level is the list itself.
 */
export function adjustmentLevels(strata: readonly string[], coarsest = 0): AdjustmentLevel[] {
  const parts = strata.map((stratum) => stratum.split(KEY_SEPARATOR));
  const depth = parts.reduce((most, key) => Math.max(most, key.length), 0);
  const levels: AdjustmentLevel[] = [];
  for (let level = depth; level >= Math.max(0, Math.min(coarsest, depth)); level--) {
    const keys = parts.map((key) => key.slice(0, level).join(KEY_SEPARATOR));
    const coarse = [...new Set(keys)].sort();
    const position = new Map(coarse.map((key, index) => [key, index]));
    levels.push({ level, strata: coarse, coarseOf: Int32Array.from(keys, (key) => position.get(key) ?? 0) });
  }
  return levels;
}

/** The columns summed into the level's coarser strata (in the fine list's order, so results stay reproducible). */
function coarsen(columns: StratumColumns, level: AdjustmentLevel): StratumColumns {
  const coarse = emptyStratumColumns(columns.kind, level.strata.length);
  for (let index = 0; index < columns.n.length; index++) {
    if (columns.n[index] > 0) {
      const summary =
        columns.kind === 'mean'
          ? { n: columns.n[index], sum: columns.total[index], sumSq: columns.sumSq[index] }
          : { n: columns.n[index], successes: columns.total[index] };
      addToStratumColumns(coarse, level.coarseOf[index] ?? 0, summary);
    }
  }
  return coarse;
}

function total(columns: StratumColumns): number {
  let n = 0;
  for (let index = 0; index < columns.n.length; index++) {
    n += columns.n[index];
  }
  return n;
}

export type FallbackDifference = StandardisedDifference & {
  /** Stratum-key parts the standardisation used: all of them at the finest level, 0 when unadjusted. */
  adjustmentLevel: number;
  /** Why there is no figure, with the counts; null when there is one. */
  shortfall: GapShortfall | null;
};

/**
 * The cell (a) against its comparison group (b), the group standardised to the cell's own mix at the finest level
 * where both have enough conversations in shared strata; when a level leaves too little overlap the comparison
 * steps to the next coarser one (dropping the last stratum dimension), and only after the coarsest says why it has
 * no figure. `levels` comes from `adjustmentLevels` over the strata the columns are laid out on.
 */
export function fallbackDifference(
  a: StratumColumns,
  b: StratumColumns,
  levels: readonly AdjustmentLevel[],
  options?: GapFallbackOptions,
  design?: { a: SideDesign; b: SideDesign },
): FallbackDifference {
  let last: StandardisedDifference | null = null;
  let lastLevel = 0;
  for (const [step, level] of levels.entries()) {
    // The finest level is the layout itself: no copy.
    const cell = step === 0 ? a : coarsen(a, level);
    const group = step === 0 ? b : coarsen(b, level);
    last = standardisedColumnsDifference(cell, group, cell.n, level.strata, options, design);
    lastLevel = level.level;
    if (last.status === 'ok') {
      return withFallback(last, lastLevel, null);
    }
  }
  const minimum = Math.max(1, resolveMinSample(options));
  const cellN = total(a);
  const referenceN = total(b);
  const reason: GapShortfallReason =
    cellN < minimum ? 'too-few-in-cell' : referenceN < minimum ? 'too-few-in-reference' : 'no-overlapping-strata';
  if (!last) {
    throw new RangeError('a comparison needs at least one adjustment level');
  }
  return withFallback(last, lastLevel, { reason, cellN, referenceN, minimum });
}

/** Field by field, not by spreading: differences come in several shapes, and V8 copies such a mix slowly. */
function withFallback(
  difference: StandardisedDifference,
  adjustmentLevel: number,
  shortfall: GapShortfall | null,
): FallbackDifference {
  const { status, nA, nB, lower, upper, pValue, method, coverage, strataUsed, missingStrata } = difference;
  return {
    status,
    nA,
    nB,
    difference: difference.difference,
    lower,
    upper,
    pValue,
    method,
    coverage,
    strataUsed,
    missingStrata,
    adjustmentLevel,
    shortfall,
  } as FallbackDifference;
}
