import { Controller, Get, Ip, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Access, ALL_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import {
  agentRankingQuerySchema,
  analyticsFilterSchema,
  comparisonQuerySchema,
  conversationListQuerySchema,
  exportOptionsShape,
  gapQuerySchema,
  scorecardQuerySchema,
} from '@rapport/contracts';
import { ExportsService } from './exports.service';
import { sendExport } from './send-export';
import { EXPORT_CONTENT_TYPES } from './table-writer';

/** Each export takes the filters of the page it exports, plus `format` and `separator`. */
const scorecardExport = scorecardQuerySchema.safeExtend(exportOptionsShape);
const comparisonExport = comparisonQuerySchema.safeExtend(exportOptionsShape);
const gapExport = gapQuerySchema.safeExtend(exportOptionsShape);
const filterExport = analyticsFilterSchema.safeExtend(exportOptionsShape);
const agentExport = agentRankingQuerySchema.safeExtend(exportOptionsShape);
const conversationExport = conversationListQuerySchema.safeExtend(exportOptionsShape);

const FORMATS = [EXPORT_CONTENT_TYPES.csv, EXPORT_CONTENT_TYPES.xlsx];
const STATS = 'one statistic per row with estimate, 95% interval, n, status and method (numbers empty below the minimum sample)';

/**
 * Downloads of the dashboard's tables as CSV (formula-safe for comma, semicolon and tab separators) or Excel, with
 * the same filters and the same vendor scope as the pages: partners get their own vendor only.
 */
@ApiTags('exports')
@Controller('exports')
@Access({ roles: ALL_ROLES, readKey: true })
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('scorecard')
  @ApiProduces(...FORMATS)
  @ApiOkResponse({ description: `The scorecard's vendors × metrics per month, ${STATS}, rank and changes.` })
  async scorecard(@Query(new ZodValidationPipe(scorecardExport)) query: z.infer<typeof scorecardExport>, @CurrentPrincipal() principal: Principal, @Ip() ip: string, @Res() response: Response): Promise<void> {
    await sendExport(response, await this.exports.audited('scorecard', query, principal, ip), query);
  }

  @Get('compare')
  @ApiProduces(...FORMATS)
  @ApiOkResponse({ description: `The comparison: each vendor's estimate per metric and every pairwise difference with p and BH q-values; ${STATS}.` })
  async compare(@Query(new ZodValidationPipe(comparisonExport)) query: z.infer<typeof comparisonExport>, @CurrentPrincipal() principal: Principal, @Ip() ip: string, @Res() response: Response): Promise<void> {
    await sendExport(response, await this.exports.audited('comparison', query, principal, ip), query);
  }

  @Get('gaps')
  @ApiProduces(...FORMATS)
  @ApiOkResponse({ description: 'The gap matrix: metric × vendor × language with both case-mix adjusted comparisons, q-values and flags.' })
  async gaps(@Query(new ZodValidationPipe(gapExport)) query: z.infer<typeof gapExport>, @CurrentPrincipal() principal: Principal, @Ip() ip: string, @Res() response: Response): Promise<void> {
    await sendExport(response, await this.exports.audited('gaps', query, principal, ip), query);
  }

  @Get('coverage')
  @ApiProduces(...FORMATS)
  @ApiOkResponse({ description: `Hour of week × vendor: volume, median first response, within SLA and CSAT; ${STATS}.` })
  async coverage(@Query(new ZodValidationPipe(filterExport)) query: z.infer<typeof filterExport>, @CurrentPrincipal() principal: Principal, @Ip() ip: string, @Res() response: Response): Promise<void> {
    await sendExport(response, await this.exports.audited('coverage', query, principal, ip), query);
  }

  @Get('drivers')
  @ApiProduces(...FORMATS)
  @ApiOkResponse({ description: 'CSAT drivers per group: each dimension’s correlation and coefficient, each rule’s effect with its q-value.' })
  async drivers(@Query(new ZodValidationPipe(filterExport)) query: z.infer<typeof filterExport>, @CurrentPrincipal() principal: Principal, @Ip() ip: string, @Res() response: Response): Promise<void> {
    await sendExport(response, await this.exports.audited('drivers', query, principal, ip), query);
  }

  @Get('agents')
  @ApiProduces(...FORMATS)
  @ApiOkResponse({ description: 'Every agent of one vendor in the ranking’s sort (paging aside): n, raw mean, shrunk estimate with interval, rank.' })
  async agents(@Query(new ZodValidationPipe(agentExport)) query: z.infer<typeof agentExport>, @CurrentPrincipal() principal: Principal, @Ip() ip: string, @Res() response: Response): Promise<void> {
    await sendExport(response, await this.exports.audited('agents', query, principal, ip), query);
  }

  @Get('conversations')
  @ApiProduces(...FORMATS)
  @ApiOkResponse({
    description:
      'Every conversation the list’s filters select (paging and sort aside, ordered by day), streamed: first response time, every dimension score, CSAT, declared and detected language, agent, vendor, queue and fired rules.',
  })
  async conversations(@Query(new ZodValidationPipe(conversationExport)) query: z.infer<typeof conversationExport>, @CurrentPrincipal() principal: Principal, @Ip() ip: string, @Res() response: Response): Promise<void> {
    await sendExport(response, await this.exports.audited('conversations', query, principal, ip), query);
  }
}
