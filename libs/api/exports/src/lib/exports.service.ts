import { Injectable } from '@nestjs/common';
import { AnalyticsService, CONVERSATION_EXPORT_COLUMNS, ConversationExplorerService } from '@rapport/api-analytics';
import { Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import {
  AgentRankingParams,
  AnalyticsFilterParams,
  ComparisonParams,
  ConversationListParams,
  CsvValue,
  GapParams,
  MAX_PAGE_SIZE,
  ScorecardParams,
} from '@rapport/contracts';
import type { ExportTable } from './table-writer';

export type ExportName = 'scorecard' | 'comparison' | 'gaps' | 'coverage' | 'drivers' | 'agents' | 'conversations';
import {
  AGENT_COLUMNS,
  agentRow,
  COMPARISON_COLUMNS,
  comparisonRows,
  COVERAGE_COLUMNS,
  coverageRows,
  DRIVER_COLUMNS,
  driverRows,
  GAP_COLUMNS,
  gapRows,
  SCORECARD_COLUMNS,
  scorecardRows,
} from './tables/analytics-tables';

/**
 * The dashboard's tables as downloads, built on the same analytics the pages read and resolved for the caller in
 * the same way: a partner's export holds its own vendor only, and naming another vendor is refused as on the page.
 * Aggregates are as large as the page's answer; conversations are streamed page by page.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly explorer: ConversationExplorerService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Who exported which table with which filters, recorded as the download starts (a streamed file has no later
   * moment every client reaches). Table builders are only called through here.
   */
  async audited(table: ExportName, query: object, principal: Principal, ip: string | null): Promise<ExportTable> {
    const built = await this[table](query as never, principal);
    const { format, separator, ...filters } = query as Record<string, unknown>;
    await this.audit.record({
      actor: principal,
      action: 'export.download',
      target: { type: 'export', id: built.name },
      vendorId: principal.vendorScope,
      ip,
      details: { table: built.name, format, separator, filters },
    });
    return built;
  }

  async scorecard(query: ScorecardParams, principal: Principal): Promise<ExportTable> {
    const response = await this.analytics.scorecard(query, principal);
    return { name: 'scorecard', columns: SCORECARD_COLUMNS, rows: scorecardRows(response) };
  }

  async comparison(query: ComparisonParams, principal: Principal): Promise<ExportTable> {
    const response = await this.analytics.compare(query, principal);
    return { name: 'comparison', columns: COMPARISON_COLUMNS, rows: comparisonRows(response) };
  }

  async gaps(query: GapParams, principal: Principal): Promise<ExportTable> {
    const response = await this.analytics.gapAnalysis(query, principal);
    return { name: 'gaps', columns: GAP_COLUMNS, rows: gapRows(response) };
  }

  async coverage(query: AnalyticsFilterParams, principal: Principal): Promise<ExportTable> {
    const response = await this.analytics.coverageHeatmap(query, principal);
    return { name: 'coverage', columns: COVERAGE_COLUMNS, rows: coverageRows(response) };
  }

  async drivers(query: AnalyticsFilterParams, principal: Principal): Promise<ExportTable> {
    const [response, vendors] = await Promise.all([
      this.analytics.csatDrivers(query, principal),
      this.analytics.vendorRefs(query, principal),
    ]);
    const byId = new Map(vendors.map((vendor) => [vendor.id, vendor]));
    return { name: 'drivers', columns: DRIVER_COLUMNS, rows: driverRows(response, byId) };
  }

  /** Every agent of the vendor in the page's sort, read a page of the ranking at a time. */
  async agents(query: AgentRankingParams, principal: Principal): Promise<ExportTable> {
    const first = await this.analytics.agentRanking({ ...query, page: 1, pageSize: MAX_PAGE_SIZE }, principal);
    const analytics = this.analytics;
    async function* rows(): AsyncGenerator<CsvValue[]> {
      let page = first;
      for (;;) {
        yield* page.items.map((agent) => agentRow(page.vendor, page.metric, agent));
        if (page.page * page.pageSize >= page.total || page.items.length === 0) {
          return;
        }
        page = await analytics.agentRanking({ ...query, page: page.page + 1, pageSize: MAX_PAGE_SIZE }, principal);
      }
    }
    return { name: `agents-${first.vendor.slug}`, columns: AGENT_COLUMNS, rows: rows() };
  }

  async conversations(query: ConversationListParams, principal: Principal): Promise<ExportTable> {
    return { name: 'conversations', columns: CONVERSATION_EXPORT_COLUMNS, rows: await this.explorer.exportRows(query, principal) };
  }
}
