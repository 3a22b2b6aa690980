import type { ScoreWeightsDto, StatEstimate, VendorRef } from '@rapport/contracts';
import type { RankingRow } from './ranking';

export const WEIGHTED_DIMENSIONS = ['responsiveness', 'courtesy', 'comprehension'] as const;
export type WeightedDimension = (typeof WEIGHTED_DIMENSIONS)[number];

const DIMENSION_NAMES: Record<WeightedDimension, string> = { responsiveness: 'Responsiveness', courtesy: 'Courtesy', comprehension: 'Comprehension' };

/** A dimension's share of the overall score, as the settings in force weigh it. */
export interface WeightShare {
  dimension: WeightedDimension;
  name: string;
  /** 0–1; the shares add up to 1. */
  share: number;
  /** "35%". */
  percent: string;
}

export interface Contribution {
  dimension: WeightedDimension;
  /** The vendor's mean score on the dimension; null without enough data. */
  score: number | null;
  /** Points of the overall score it accounts for: share × score. */
  points: number | null;
}

export interface ContributionRow {
  vendor: VendorRef;
  overall: number | null;
  contributions: Contribution[];
  /** Where the overall score's points come from, in one sentence for screen readers and the phone layout. */
  sentence: string;
}

export function weightShares(weights: ScoreWeightsDto): WeightShare[] {
  const total = WEIGHTED_DIMENSIONS.reduce((sum, dimension) => sum + weights[dimension], 0);
  return WEIGHTED_DIMENSIONS.map((dimension) => {
    const share = total > 0 ? weights[dimension] / total : 0;
    return { dimension, name: DIMENSION_NAMES[dimension], share, percent: `${Math.round(share * 100)}%` };
  });
}

/** "Responsiveness 35%, courtesy 35% and comprehension 30%"; dimensions weighted 0 are left out. */
export function weightsSentence(shares: readonly WeightShare[]): string {
  const parts = shares.filter((share) => share.share > 0).map((share, index) => `${index === 0 ? share.name : share.name.toLowerCase()} ${share.percent}`);
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function valueOf(stat: StatEstimate): number | null {
  return stat.status === 'ok' ? stat.estimate : null;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Each vendor's overall score taken apart: weight share × the vendor's mean on each dimension. Conversations lacking
 * a dimension are scored on the others, so the parts add up to the overall score within a point or so, not exactly.
 */
export function toContributionRows(rows: readonly RankingRow[], shares: readonly WeightShare[]): ContributionRow[] {
  return rows.map((row) => {
    const contributions = shares.map((share): Contribution => {
      const score = valueOf(row.metrics[share.dimension]);
      return { dimension: share.dimension, score, points: score === null ? null : round1(score * share.share) };
    });
    const overall = valueOf(row.metrics.overall);
    const parts = contributions
      .filter((part) => part.points !== null)
      .map((part) => `${DIMENSION_NAMES[part.dimension].toLowerCase()} ${part.points?.toFixed(1)}`);
    const sentence =
      overall === null ? `${row.vendor.name}: not enough data for an overall score.` : `${row.vendor.name}: overall ${overall.toFixed(1)} = ${parts.join(' + ')} points.`;
    return { vendor: row.vendor, overall, contributions, sentence };
  });
}
