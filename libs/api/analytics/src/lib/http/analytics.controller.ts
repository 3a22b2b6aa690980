import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, ALL_ROLES, CurrentPrincipal, JsonAnswer, Principal, ZodValidationPipe } from '@rapport/api-core';
import {
  AgentRankingParams,
  agentRankingQuerySchema,
  AgentRankingResponse,
  AnalyticsFilterParams,
  type ComparisonResponse,
  type GapsResponse,
  type ScorecardResponse,
  analyticsFilterSchema,
  ComparisonParams,
  comparisonQuerySchema,
  CoverageResponse,
  DriversResponse,
  GapParams,
  gapQuerySchema,
  ScorecardParams,
  scorecardQuerySchema,
} from '@rapport/contracts';
import { AnalyticsService } from '../analytics.service';
import { sendAnswer } from './send-answer';

/**
 * Aggregates for the dashboard and reports. Every route takes the same filter syntax (see libs/contracts
 * analytics/filters.ts); partner users see their own vendor only. Every statistic carries its interval, n, method
 * and status, and every response the minimum sample it used. Scorecards, comparisons and gaps are sent as serialised
 * once and cached (AnalyticsResponseCache).
 */
@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('scorecard')
  @Access({ roles: ALL_ROLES, readKey: true })
  @JsonAnswer<ScorecardResponse>()
  @ApiOkResponse({ description: 'Monthly scorecards per vendor: every metric with its interval, change against the previous month and the same month last year, and rank.' })
  async scorecard(@Query(new ZodValidationPipe(scorecardQuerySchema)) query: ScorecardParams, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    sendAnswer(response, await this.analytics.scorecardAnswer(query, principal));
  }

  @Get('compare')
  @Access({ roles: ALL_ROLES, readKey: true })
  @JsonAnswer<ComparisonResponse>()
  @ApiOkResponse({ description: '2–8 vendors side by side: estimates, pairwise differences with 95% intervals, Benjamini–Hochberg significance.' })
  async compare(@Query(new ZodValidationPipe(comparisonQuerySchema)) query: ComparisonParams, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    sendAnswer(response, await this.analytics.compareAnswer(query, principal));
  }

  @Get('gaps')
  @Access({ roles: ALL_ROLES, readKey: true })
  @JsonAnswer<GapsResponse>()
  @ApiOkResponse({ description: 'Language and culture gaps: metric × language × vendor, case-mix adjusted, flagged only when the interval excludes zero (BH-controlled).' })
  async gaps(@Query(new ZodValidationPipe(gapQuerySchema)) query: GapParams, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    sendAnswer(response, await this.analytics.gapAnalysisAnswer(query, principal));
  }

  @Get('coverage')
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({ description: 'Hour-of-week × vendor heatmap of volume, median first response, % within SLA and CSAT.' })
  coverage(@Query(new ZodValidationPipe(analyticsFilterSchema)) query: AnalyticsFilterParams, @CurrentPrincipal() principal: Principal): Promise<CoverageResponse> {
    return this.analytics.coverageHeatmap(query, principal);
  }

  @Get('drivers')
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({ description: 'How much each dimension and rule explains CSAT, overall, per vendor and per vendor × language.' })
  drivers(@Query(new ZodValidationPipe(analyticsFilterSchema)) query: AnalyticsFilterParams, @CurrentPrincipal() principal: Principal): Promise<DriversResponse> {
    return this.analytics.csatDrivers(query, principal);
  }

  @Get('agents')
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({ description: "One vendor's agents ranked after empirical-Bayes shrinkage towards the vendor mean; paginated." })
  agents(@Query(new ZodValidationPipe(agentRankingQuerySchema)) query: AgentRankingParams, @CurrentPrincipal() principal: Principal): Promise<AgentRankingResponse> {
    return this.analytics.agentRanking(query, principal);
  }
}
