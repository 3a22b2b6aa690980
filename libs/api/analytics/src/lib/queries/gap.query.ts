import { Injectable } from '@nestjs/common';
import { GapComparison, GapData, indexedGapMatrix, stratumKey } from '@rapport/analytics';
import { FlaggedGapDto, GapCellDto, GapComparisonDto, GapMetric, GapMetricDto, METRIC_INFO } from '@rapport/contracts';
import { conversationsLink } from '../filters/drill-down';
import { Selection } from '../filters/selection';
import { meanSummaryOf, measuresFor, proportionSummaryOf } from '../metrics/metric-data';
import { AggregateRow, RollupReader } from '../rollups/rollup-reader';
import { settleRoundingTies } from './rounding-ties';

/** Case-mix strata every gap is standardised over (hour of week enters as four bands, vendor local time). */
export const GAP_STRATA = ['channel', 'queue', 'hour band'] as const;

export interface GapInput {
  selection: Selection;
  metrics: readonly GapMetric[];
  minSample: number;
}

export interface GapResult {
  vendorIds: string[];
  languages: string[];
  metrics: GapMetricDto[];
  flagged: FlaggedGapDto[];
}

/**
 * Language and culture gaps: for every metric, vendor and customer language, the cell against (a) the same
 * vendor's other languages and (b) other vendors serving that language, each standardised to the cell's own mix
 * of channel × queue × hour band, flagged only when the interval excludes zero and Benjamini–Hochberg agrees.
 */
@Injectable()
export class GapQuery {
  constructor(private readonly rollups: RollupReader) {}

  async run(input: GapInput): Promise<GapResult> {
    const { selection, metrics, minSample } = input;
    const rows = await this.rollups.aggregate({
      selection,
      groupBy: ['vendor_id', 'language', 'channel', 'queue', 'hour_band'],
      measures: measuresFor(metrics),
    });
    const located = rows.map((row) => ({ row, cell: cellOf(row) }));
    const results = metrics.map((metric) => this.metricGaps(metric, located, selection, minSample));
    return {
      vendorIds: [...new Set(rows.map((row) => String(row.keys['vendor_id'])))].sort(),
      languages: [...new Set(rows.map((row) => String(row.keys['language'])))].sort(),
      metrics: results,
      flagged: results.flatMap((result) => flaggedGaps(result)),
    };
  }

  private metricGaps(metric: GapMetric, rows: readonly LocatedRow[], selection: Selection, minSample: number): GapMetricDto {
    const matrix = settleRoundingTies(indexedGapMatrix(gapData(metric, rows), { minSample }));
    return {
      metric,
      direction: METRIC_INFO[metric].direction,
      tests: matrix.tests,
      cells: matrix.cells.map(
        (cell): GapCellDto => ({
          vendorId: cell.vendor,
          language: cell.language,
          cell: cell.cell,
          vsOtherLanguages: comparisonDto(cell.vsOtherLanguages),
          vsOtherVendors: comparisonDto(cell.vsOtherVendors),
          flagged: cell.vsOtherLanguages.flagged || cell.vsOtherVendors.flagged,
          conversations: conversationsLink(selection, { vendorId: cell.vendor, language: cell.language }),
        }),
      ),
    };
  }
}

interface LocatedRow {
  row: AggregateRow;
  cell: { vendor: string; language: string; stratum: string };
}

function cellOf(row: AggregateRow): LocatedRow['cell'] {
  return {
    vendor: String(row.keys['vendor_id']),
    language: String(row.keys['language']),
    stratum: stratumKey([String(row.keys['channel']), String(row.keys['queue']), String(row.keys['hour_band'])]),
  };
}

function gapData(metric: GapMetric, rows: readonly LocatedRow[]): GapData {
  if (METRIC_INFO[metric].kind === 'mean') {
    return {
      kind: 'mean',
      rows: rows.map(({ row, cell }) => ({ ...cell, summary: meanSummaryOf(metric, row.sums) })).filter((row) => row.summary.n > 0),
    };
  }
  return {
    kind: 'proportion',
    rows: rows.map(({ row, cell }) => ({ ...cell, summary: proportionSummaryOf(metric, row.sums) })).filter((row) => row.summary.n > 0),
  };
}

function comparisonDto(comparison: GapComparison): GapComparisonDto {
  const { missingStrata, ...rest } = comparison;
  return { ...rest, missingStrata: missingStrata.length };
}

function flaggedGaps(result: GapMetricDto): FlaggedGapDto[] {
  return result.cells.flatMap((cell) =>
    [cell.vsOtherLanguages, cell.vsOtherVendors].flatMap((comparison): FlaggedGapDto[] =>
      comparison.flagged && comparison.status === 'ok' && comparison.qValue !== null
        ? [
            {
              metric: result.metric,
              vendorId: cell.vendorId,
              language: cell.language,
              comparison: comparison.comparison,
              difference: comparison.difference,
              lower: comparison.lower,
              upper: comparison.upper,
              nA: comparison.nA,
              nB: comparison.nB,
              qValue: comparison.qValue,
              worse: result.direction === 'higher-is-better' ? comparison.difference < 0 : comparison.difference > 0,
            },
          ]
        : [],
    ),
  );
}
