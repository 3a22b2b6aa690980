import { Injectable } from '@nestjs/common';
import { DEFAULT_MIN_SAMPLE, monthRange, previousMonth, sameMonthLastYear } from '@rapport/analytics';
import { DomainError, Principal } from '@rapport/api-core';
import { ScoringSettingsReader } from '@rapport/api-scoring';
import {
  AgentRankingParams,
  AgentRankingResponse,
  ANALYTICS_METRICS,
  AnalyticsFilterParams,
  AnalyticsMetric,
  ComparisonParams,
  ComparisonResponse,
  CoverageResponse,
  DRIVER_DIMENSIONS,
  DriversResponse,
  FdrProcedureName,
  FdrSetting,
  GAP_METRICS,
  GapParams,
  GapsResponse,
  MAX_PERIOD_MONTHS,
  MAX_SCORECARD_MONTHS,
  METRIC_INFO,
  MetricInfo,
  ScorecardParams,
  ScorecardResponse,
  VendorRef,
} from '@rapport/contracts';
import { AnalyticsResponseCache, SerialisedAnswer } from './cache/response-cache';
import {
  appliedFilters,
  explicitPeriod,
  ResolvedSelection,
  SelectionQuery,
  SelectionResolver,
} from './filters/selection-resolver';
import { Selection } from './filters/selection';
import { AgentRankingQuery } from './queries/agent-ranking.query';
import { ComparisonQuery } from './queries/comparison.query';
import { CoverageQuery } from './queries/coverage.query';
import { DriversQuery } from './queries/drivers.query';
import { GAP_STRATA, GapQuery } from './queries/gap.query';
import { ScorecardQuery } from './queries/scorecard.query';
import { vendorRef } from './queries/vendor-ref';

function metricInfo(metrics: readonly AnalyticsMetric[]): Partial<Record<AnalyticsMetric, MetricInfo>> {
  return Object.fromEntries(metrics.map((metric) => [metric, METRIC_INFO[metric]]));
}

function base(selection: Selection, minSample: number, metrics: readonly AnalyticsMetric[]) {
  return {
    minimumSample: minSample,
    filters: appliedFilters(selection),
    metricInfo: metricInfo(metrics),
  };
}

/** The `fdr` setting as the procedure's name: Benjamini–Hochberg unless Benjamini–Yekutieli is asked for. */
function fdrProcedure(setting: FdrSetting | undefined): FdrProcedureName {
  return setting === 'by' ? 'benjamini-yekutieli' : 'benjamini-hochberg';
}

/** The months of rollups a comparison or gap analysis reads: those of its period. */
function periodMonths(selection: Pick<Selection, 'from' | 'to'>): string[] {
  return monthRange(selection.from.slice(0, 7), selection.to.slice(0, 7));
}

/** A scorecard also reads the month before and the same month a year earlier of every month it shows. */
function scorecardMonths(selection: Pick<Selection, 'from' | 'to'>): string[] {
  return [
    ...new Set(periodMonths(selection).flatMap((month) => [month, previousMonth(month), sameMonthLastYear(month)])),
  ];
}

/**
 * Resolves each request's selection for the caller, then asks the read model's query object. Scorecards,
 * comparisons and gaps also come serialised and cached for the HTTP routes (see AnalyticsResponseCache).
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly resolver: SelectionResolver,
    private readonly cache: AnalyticsResponseCache,
    private readonly scorecards: ScorecardQuery,
    private readonly comparisons: ComparisonQuery,
    private readonly gaps: GapQuery,
    private readonly coverage: CoverageQuery,
    private readonly drivers: DriversQuery,
    private readonly agents: AgentRankingQuery,
    private readonly settings: ScoringSettingsReader,
  ) {}

  async scorecard(query: ScorecardParams, principal: Principal): Promise<ScorecardResponse> {
    return this.scorecardOf(query, await this.resolver.resolve(query, principal, MAX_SCORECARD_MONTHS));
  }

  async scorecardAnswer(query: ScorecardParams, principal: Principal): Promise<SerialisedAnswer> {
    // The answer states the weights in force, so a change of settings is another answer even before any rescore.
    const { fingerprint } = await this.settings.current();
    return this.cached(
      `scorecard:${fingerprint}`,
      query,
      principal,
      (resolved) => this.scorecardOf(query, resolved),
      scorecardMonths,
      MAX_SCORECARD_MONTHS,
    );
  }

  async compare(query: ComparisonParams, principal: Principal): Promise<ComparisonResponse> {
    return this.compareOf(query, await this.resolver.resolve(query, principal));
  }

  async compareAnswer(query: ComparisonParams, principal: Principal): Promise<SerialisedAnswer> {
    // The answer states the SLA targets in force, so a change of settings is another answer.
    const { fingerprint } = await this.settings.current();
    return this.cached(`compare:${fingerprint}`, query, principal, (resolved) => this.compareOf(query, resolved), periodMonths);
  }

  async gapAnalysis(query: GapParams, principal: Principal): Promise<GapsResponse> {
    return this.gapAnalysisOf(query, await this.resolver.resolve(query, principal));
  }

  gapAnalysisAnswer(query: GapParams, principal: Principal): Promise<SerialisedAnswer> {
    return this.cached('gaps', query, principal, (resolved) => this.gapAnalysisOf(query, resolved), periodMonths);
  }

  /**
   * The version of the months read is taken once the period is known (stated by the query, or resolved: the key holds
   * the resolved period, so a period resolved from older data is simply another key) and before anything is computed,
   * so an answer is never filed under a version newer than the data it was computed from.
   */
  private async cached(
    endpoint: string,
    query: SelectionQuery,
    principal: Principal,
    compute: (resolved: ResolvedSelection) => Promise<unknown>,
    monthsRead: (period: Pick<Selection, 'from' | 'to'>) => string[],
    maxMonths = MAX_PERIOD_MONTHS,
  ): Promise<SerialisedAnswer> {
    // A period the query names itself is known before resolving, so the versions are read alongside the vendors.
    const stated = explicitPeriod(query);
    const [resolved, early] = await Promise.all([
      this.resolver.resolve(query, principal, maxMonths),
      stated ? this.cache.versionOf(monthsRead(stated)) : null,
    ]);
    const version = stated ? early : await this.cache.versionOf(monthsRead(resolved.selection));
    const key = [
      endpoint,
      principal.vendorScope,
      query,
      resolved.selection,
      [...resolved.vendors.values()],
      resolved.named,
    ];
    return this.cache.answer(version, key, () => compute(resolved));
  }

  private async scorecardOf(
    query: ScorecardParams,
    { selection, vendors, named }: ResolvedSelection,
  ): Promise<ScorecardResponse> {
    const minSample = query.minSample ?? DEFAULT_MIN_SAMPLE;
    const everyone = [...vendors.values()];
    const [{ months, rows }, { settings }] = await Promise.all([
      this.scorecards.run({
        selection,
        vendors: named ?? everyone,
        onlyWithData: named === null,
        rankedAmong: everyone,
        minSample,
      }),
      this.settings.current(),
    ]);
    return {
      ...base(selection, minSample, ANALYTICS_METRICS),
      months,
      rows,
      rankMethod: 'competition-rank',
      weights: settings.weights,
    };
  }

  private async compareOf(
    query: ComparisonParams,
    { selection, named }: ResolvedSelection,
  ): Promise<ComparisonResponse> {
    const minSample = query.minSample ?? DEFAULT_MIN_SAMPLE;
    // In the list's order, whatever the order asked for, so the same metrics always share one cached answer's shape.
    const metrics = query.metrics && query.metrics.length > 0 ? ANALYTICS_METRICS.filter((metric) => query.metrics?.includes(metric)) : ANALYTICS_METRICS;
    const [result, { settings }] = await Promise.all([
      this.comparisons.run({
        selection,
        vendors: named ?? [],
        minSample,
        falseDiscoveryRate: fdrProcedure(query.fdr),
        metrics,
      }),
      this.settings.current(),
    ]);
    return {
      ...base(selection, minSample, metrics),
      ...result,
      slaTargets: settings.slaTargets,
    };
  }

  private async gapAnalysisOf(query: GapParams, { selection, vendors }: ResolvedSelection): Promise<GapsResponse> {
    const minSample = query.minSample ?? DEFAULT_MIN_SAMPLE;
    const metrics = query.metrics && query.metrics.length > 0 ? query.metrics : GAP_METRICS;
    const result = await this.gaps.run({ selection, metrics, minSample, falseDiscoveryRate: fdrProcedure(query.fdr) });
    return {
      ...base(selection, minSample, metrics),
      vendors: result.vendorIds.flatMap((id) => {
        const vendor = vendors.get(id);
        return vendor ? [vendorRef(vendor)] : [];
      }),
      languages: result.languages,
      strata: [...GAP_STRATA],
      metrics: result.metrics,
      flagged: result.flagged,
      multipleComparisons: fdrProcedure(query.fdr),
      clustering: result.clustering,
    };
  }

  /** The vendors a query selects for the caller: those it names, or every vendor the caller may see. */
  async vendorRefs(query: AnalyticsFilterParams, principal: Principal): Promise<VendorRef[]> {
    const { vendors, named } = await this.resolver.resolve(query, principal);
    return (named ?? [...vendors.values()]).map(vendorRef);
  }

  async coverageHeatmap(query: AnalyticsFilterParams, principal: Principal): Promise<CoverageResponse> {
    const { selection, vendors, named } = await this.resolver.resolve(query, principal);
    const minSample = query.minSample ?? DEFAULT_MIN_SAMPLE;
    const rows = await this.coverage.run({
      selection,
      vendors: named ?? [...vendors.values()],
      minSample,
    });
    return {
      ...base(selection, minSample, ['firstResponseMedian', 'withinSla', 'csat']),
      rows,
    };
  }

  async csatDrivers(query: AnalyticsFilterParams, principal: Principal): Promise<DriversResponse> {
    const { selection } = await this.resolver.resolve(query, principal);
    const minSample = query.minSample ?? DEFAULT_MIN_SAMPLE;
    const groups = await this.drivers.run(selection, minSample);
    return {
      ...base(selection, minSample, ['csat', 'overall', ...DRIVER_DIMENSIONS]),
      groups,
    };
  }

  async agentRanking(query: AgentRankingParams, principal: Principal): Promise<AgentRankingResponse> {
    const { selection, named } = await this.resolver.resolve({ ...query, vendors: [query.vendor] }, principal);
    const vendor = named?.[0];
    if (!vendor) {
      throw DomainError.notFound('Vendor');
    }
    const minSample = query.minSample ?? DEFAULT_MIN_SAMPLE;
    const page = await this.agents.run({
      selection,
      vendorId: vendor.id,
      metric: query.metric,
      minSample,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    return {
      ...base(selection, minSample, [query.metric]),
      vendor: vendorRef(vendor),
      metric: query.metric,
      direction: METRIC_INFO[query.metric].direction,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
      ...page,
    };
  }
}
