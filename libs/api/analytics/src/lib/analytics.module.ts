import { Module } from '@nestjs/common';
import { ConversationsModule } from '@rapport/api-conversations';
import { ScoringModule } from '@rapport/api-scoring';
import { VendorsModule } from '@rapport/api-vendors';
import { AnalyticsService } from './analytics.service';
import { AnalyticsResponseCache } from './cache/response-cache';
import { ConversationBlinds } from './explorer/conversation-blinds';
import { ConversationDetailQuery } from './explorer/conversation-detail.query';
import { ConversationExplorerService } from './explorer/conversation-explorer.service';
import { ConversationExportQuery } from './explorer/conversation-export.query';
import { ConversationPageQuery } from './explorer/conversation-page.query';
import { SelectionResolver } from './filters/selection-resolver';
import { AnalyticsController } from './http/analytics.controller';
import { ConversationExplorerController } from './http/conversation-explorer.controller';
import { Analytics1764000000500 } from './migrations/1764000000500-analytics.migration';
import { AnalyticsDataVersion1764000000700 } from './migrations/1764000000700-analytics-data-version.migration';
import { AnalyticsMonthVersions1764000000810 } from './migrations/1764000000810-analytics-month-versions.migration';
import { AgentClustersQuery } from './queries/agent-clusters.query';
import { FactsCsatAgent1764000001051 } from './migrations/1764000001051-facts-csat-agent.migration';
import { SurveyQuestionsRecontact1765000005010 } from './migrations/1765000005010-survey-questions-recontact.migration';
import { AgentMonthlyRollups1765000032000 } from './migrations/1765000032000-agent-monthly-rollups.migration';
import { AgentRankingQuery } from './queries/agent-ranking.query';
import { ComparisonQuery } from './queries/comparison.query';
import { CoverageQuery } from './queries/coverage.query';
import { DriversQuery } from './queries/drivers.query';
import { GapQuery } from './queries/gap.query';
import { ScorecardQuery } from './queries/scorecard.query';
import { RollupMaintainer } from './rollups/rollup-maintainer';
import { RollupReader } from './rollups/rollup-reader';
import { ReviewCandidatesQuery } from './review-sources/review-candidates.query';

export const ANALYTICS_MIGRATIONS = [Analytics1764000000500, AnalyticsDataVersion1764000000700, AnalyticsMonthVersions1764000000810, FactsCsatAgent1764000001051, SurveyQuestionsRecontact1765000005010, AgentMonthlyRollups1765000032000];

/** Analytics read model (facts and rollups kept up to date on ingest), aggregate endpoints and the conversation explorer. */
@Module({
  imports: [ConversationsModule, ScoringModule, VendorsModule],
  controllers: [AnalyticsController, ConversationExplorerController],
  providers: [
    RollupMaintainer,
    RollupReader,
    SelectionResolver,
    AnalyticsResponseCache,
    AnalyticsService,
    ScorecardQuery,
    ComparisonQuery,
    GapQuery,
    CoverageQuery,
    DriversQuery,
    AgentRankingQuery,
    AgentClustersQuery,
    ConversationExplorerService,
    ConversationPageQuery,
    ConversationExportQuery,
    ConversationDetailQuery,
    ReviewCandidatesQuery,
    ConversationBlinds,
  ],
  exports: [RollupMaintainer, AnalyticsService, ConversationExplorerService, ConversationDetailQuery, ReviewCandidatesQuery, ConversationBlinds],
})
export class AnalyticsModule {}
