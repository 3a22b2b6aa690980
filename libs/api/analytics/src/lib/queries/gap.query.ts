import { Injectable } from '@nestjs/common';
import {
  designOf,
  FdrProcedure,
  gapCellKey,
  GapComparison,
  GapLayout,
  gapLayout,
  GapMatrixOptions,
  GapMeasures,
  laidOutGapMatrix,
  SideDesign,
  stratumKey,
} from '@rapport/analytics';
import {
  FlaggedGapDto,
  GapCellDto,
  GapComparisonDto,
  GapMetric,
  GapMetricDto,
  GapStratumDimension,
  METRIC_INFO,
  VendorClusteringDto,
} from '@rapport/contracts';
import { conversationsLink } from '../filters/drill-down';
import { Selection } from '../filters/selection';
import { measuresFor, summaryColumnsOf } from '../metrics/metric-data';
import { AggregateColumns, RollupReader } from '../rollups/rollup-reader';
import {
  AgentClustersQuery,
  AgentSums,
  clusterGroupKey,
  meanClusteringOf,
  mergeAgentSums,
  vendorClustering,
} from './agent-clusters.query';

/** Case-mix strata every gap is standardised over (hour of week enters as four bands, vendor local time). */
export const GAP_STRATA: readonly GapStratumDimension[] = ['channel', 'queue', 'hour band'];

/** The dimensions a comparison standardised over its first `level` stratum-key parts is adjusted for. */
function adjustedFor(level: number): GapStratumDimension[] {
  return GAP_STRATA.slice(0, level);
}

export interface GapInput {
  selection: Selection;
  metrics: readonly GapMetric[];
  minSample: number;
  falseDiscoveryRate: FdrProcedure;
}

export interface GapResult {
  vendorIds: string[];
  languages: string[];
  metrics: GapMetricDto[];
  flagged: FlaggedGapDto[];
  clustering: VendorClusteringDto[];
}

/**
 * Language and culture gaps: for every metric, vendor and customer language, the cell against (a) the same
 * vendor's other languages and (b) other vendors serving that language, each standardised to the cell's own mix
 * of channel × queue × hour band (or, where those leave too little overlap, channel × queue, channel, or nothing: the
 * fallback of METHODS.md, stated in `adjustedFor`), with each cell's design effect (agents as clusters) widening its intervals, flagged
 * only when the interval excludes zero and Benjamini–Hochberg (or Benjamini–Yekutieli, `fdr=by`) agrees.
 * One read returns exactly the groups needed (vendor × language × stratum), laid out once; each metric then only
 * brings its columns.
 */
@Injectable()
export class GapQuery {
  constructor(
    private readonly rollups: RollupReader,
    private readonly agentClusters: AgentClustersQuery,
  ) {}

  async run(input: GapInput): Promise<GapResult> {
    const { selection, metrics, minSample } = input;
    const [table, agentSums] = await Promise.all([
      this.rollups.aggregateColumns({
        selection,
        groupBy: ['vendor_id', 'language', 'channel', 'queue', 'hour_band'],
        measures: measuresFor(metrics),
      }),
      this.agentClusters.read({ selection, groupBy: ['vendor_id', 'language'], metrics }),
    ]);
    const layout = layoutOf(table);
    const links = new Map<string, string>();
    const linkOf = (vendorId: string, language: string): string => {
      const key = `${vendorId}\u0000${language}`;
      let link = links.get(key);
      if (link === undefined) {
        link = conversationsLink(selection, { vendorId, language });
        links.set(key, link);
      }
      return link;
    };
    const options = (metric: GapMetric) => ({
      minSample,
      falseDiscoveryRate: input.falseDiscoveryRate,
      cellDesigns: cellDesigns(metric, agentSums),
    });
    const results = metrics.map((metric) =>
      metricGaps(metric, layout, measuresOf(metric, table), options(metric), linkOf),
    );
    const vendorIds = [...new Set(layout.cells.map((cell) => cell.vendor))].sort();
    return {
      vendorIds,
      clustering: vendorIds.map((vendorId) =>
        vendorClustering(
          vendorId,
          mergeAgentSums(
            layout.cells.flatMap((cell) =>
              cell.vendor === vendorId ? (agentSums.get(clusterGroupKey(vendorId, cell.language)) ?? []) : [],
            ),
          ),
        ),
      ),
      languages: [...new Set(layout.cells.map((cell) => cell.language))].sort(),
      metrics: results,
      flagged: results
        .flatMap((result) => flaggedGaps(result))
        .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference)),
    };
  }
}

function metricGaps(
  metric: GapMetric,
  layout: GapLayout,
  measures: GapMeasures,
  options: GapMatrixOptions,
  linkOf: (vendorId: string, language: string) => string,
): GapMetricDto {
  const matrix = laidOutGapMatrix(layout, measures, options);
  return {
    metric,
    direction: METRIC_INFO[metric].direction,
    tests: matrix.tests,
    cells: matrix.cells.map((cell): GapCellDto => ({
      vendorId: cell.vendor,
      language: cell.language,
      cell: cell.cell,
      vsOtherLanguages: comparisonDto(cell.vsOtherLanguages),
      vsOtherVendors: comparisonDto(cell.vsOtherVendors),
      flagged: cell.vsOtherLanguages.flagged || cell.vsOtherVendors.flagged,
      conversations: linkOf(cell.vendor, cell.language),
    })),
  };
}

/** Each vendor × language cell's design (CR2 design effect and df with agents as clusters) for one metric. */
function cellDesigns(metric: GapMetric, agentSums: ReadonlyMap<string, AgentSums>): Map<string, SideDesign> {
  const designs = new Map<string, SideDesign>();
  for (const [key, sums] of agentSums) {
    const [vendorId, language] = key.split('\u0000') as [string, string];
    const design = designOf(meanClusteringOf(metric, sums));
    if (design) {
      designs.set(gapCellKey(vendorId, language), design);
    }
  }
  return designs;
}

/** Where each rollup group belongs (vendor, customer language, case-mix stratum), worked out once for every metric. */
function layoutOf(table: AggregateColumns): GapLayout {
  const column = (name: string): string[] => (table.keys[name] ?? []).map(String);
  const [channels, queues, bands] = [column('channel'), column('queue'), column('hour_band')];
  return gapLayout({
    vendors: column('vendor_id'),
    languages: column('language'),
    // A stratum key's parts are cut at '|' when the comparison falls back to coarser strata: no part may hold one.
    strata: channels.map((channel, row) => stratumKey([channel, queues[row] ?? '', bands[row] ?? ''].map(keyPart))),
  });
}

function keyPart(value: string): string {
  return value.replaceAll('|', '/');
}

/** One metric's summaries per group, straight from the rollup columns. */
function measuresOf(metric: GapMetric, table: AggregateColumns): GapMeasures {
  const columns = summaryColumnsOf(metric);
  const values = (name: string): Float64Array => table.values[name] ?? new Float64Array(table.length);
  return columns.kind === 'mean'
    ? { kind: 'mean', n: values(columns.n), sum: values(columns.sum), sumSq: values(columns.sumSq) }
    : { kind: 'proportion', n: values(columns.n), successes: values(columns.successes) };
}

/** Field by field, not by spreading: comparisons come in several shapes, and V8 copies such a mix slowly. */
function comparisonDto(comparison: GapComparison): GapComparisonDto {
  const {
    status,
    nA,
    nB,
    difference,
    lower,
    upper,
    pValue,
    method,
    coverage,
    strataUsed,
    intervalExcludesZero,
    qValue,
    flagged,
    adjustmentLevel,
    shortfall,
  } = comparison;
  return {
    status,
    nA,
    nB,
    difference,
    lower,
    upper,
    pValue,
    method,
    coverage,
    strataUsed,
    comparison: comparison.comparison,
    intervalExcludesZero,
    qValue,
    flagged,
    missingStrata: comparison.missingStrata.length,
    adjustedFor: adjustedFor(adjustmentLevel),
    shortfall,
  } as GapComparisonDto;
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
              adjustedFor: comparison.adjustedFor,
            },
          ]
        : [],
    ),
  );
}
