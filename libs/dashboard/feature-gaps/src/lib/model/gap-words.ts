import type { FlaggedGapDto, GapShortfallDto, GapStratumDimension, GapsResponse, MetricUnit } from '@rapport/contracts';
import { formatChange, formatCount, languageName } from '@rapport/dashboard-ui';

const DIMENSION_WORDS: Record<GapStratumDimension, string> = {
  channel: 'channel',
  queue: 'queue',
  'hour band': 'time of day',
};

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Which case mix a figure allows for, in words: "adjusted for channel, queue and time of day", "adjusted for channel
 * only" after the fallback to coarser strata, "not adjusted for case mix" when only the plain comparison had data.
 */
export function adjustmentWords(adjustedFor: readonly GapStratumDimension[], finest: readonly GapStratumDimension[]): string {
  if (adjustedFor.length === 0) {
    return 'not adjusted for case mix';
  }
  const words = joinWords(adjustedFor.map((dimension) => DIMENSION_WORDS[dimension]));
  return adjustedFor.length < finest.length ? `adjusted for ${words} only` : `adjusted for ${words}`;
}

function conversations(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'conversation' : 'conversations'}`;
}

/** Why a comparison has no figure, with the counts: the cell, its comparison group (`group` names it) or no overlap. */
export function shortfallWords(shortfall: GapShortfallDto, group: string): string {
  switch (shortfall.reason) {
    case 'too-few-in-cell':
      return `Not enough data: this cell has ${conversations(shortfall.cellN)}, at least ${formatCount(shortfall.minimum)} are needed`;
    case 'too-few-in-reference':
      return `Not enough data: ${group} ${shortfall.referenceN === 0 ? 'have no conversations' : `have only ${conversations(shortfall.referenceN)}`}, at least ${formatCount(shortfall.minimum)} are needed`;
    case 'no-overlapping-strata':
      return `Not enough data: this cell (${conversations(shortfall.cellN)}) and ${group} (${conversations(shortfall.referenceN)}) handle different kinds of work, even by channel alone`;
  }
}

/** One flagged gap as the page lists it. */
export interface FlaggedGapRow {
  key: string;
  gap: FlaggedGapDto;
  place: string;
  direction: string;
  against: string;
  size: string;
  /** The absolute difference, the order of the list. */
  magnitude: number;
  interval: string;
  counts: string;
  adjustment: string;
}

/** Flagged gaps of one metric in the answer's order (largest first), with size, interval, both n and the adjustment. */
export function toFlaggedRows(
  response: GapsResponse,
  metric: FlaggedGapDto['metric'],
  unit: MetricUnit,
  vendorNames: ReadonlyMap<string, string>,
): FlaggedGapRow[] {
  return response.flagged
    .filter((gap) => gap.metric === metric)
    .map((gap) => {
      const otherVendors = gap.comparison === 'other-vendors-same-language';
      return {
        key: `${gap.vendorId}:${gap.language}:${gap.comparison}`,
        gap,
        place: `${vendorNames.get(gap.vendorId) ?? gap.vendorId} · ${languageName(gap.language)}`,
        direction: gap.worse ? '▼ worse' : '▲ better',
        against: otherVendors ? 'than other vendors in this language' : 'than this vendor in other languages',
        size: formatChange(gap.difference, unit),
        magnitude: Math.abs(gap.difference),
        interval: `95% interval ${formatChange(gap.lower, unit)} to ${formatChange(gap.upper, unit)}`,
        counts: `${conversations(gap.nA)} against ${conversations(gap.nB)}`,
        adjustment: adjustmentWords(gap.adjustedFor, response.strata),
      };
    });
}
