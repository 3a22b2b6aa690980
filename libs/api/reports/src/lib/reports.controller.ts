import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Access, ALL_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { periodShape, refinePeriod } from '@rapport/contracts';
import { pdfAnswer } from './pdf-answer';
import { ReportsService } from './reports.service';

export const scorecardPdfQuerySchema = z
  .strictObject({ month: periodShape.month })
  .superRefine((value, context) => refinePeriod(value, context));
export type ScorecardPdfQuery = z.infer<typeof scorecardPdfQuerySchema>;

export const vendorPdfQuerySchema = z
  .strictObject({ vendor: z.string().trim().min(1).max(100).describe('The vendor, by slug or id'), month: periodShape.month })
  .superRefine((value, context) => refinePeriod(value, context));
export type VendorPdfQuery = z.infer<typeof vendorPdfQuerySchema>;

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('scorecard.pdf')
  @Access({ roles: ['admin', 'vendor-manager', 'executive', 'qa-reviewer', 'qa-lead'] })
  @ApiQuery({
    name: 'month',
    required: false,
    description: 'YYYY-MM; the latest complete month with data when left out',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'The monthly report as a PDF: cover, headline changes, ranking with 95% intervals and n, twelve-month trends, gap matrix, coverage against promised hours, drivers of low CSAT with examples, reviewed QA score and agreement, methodology and data tables.',
  })
  async scorecardPdf(
    @Query(new ZodValidationPipe(scorecardPdfQuerySchema))
    query: ScorecardPdfQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return pdfAnswer(await this.reports.scorecardPdf(query.month, principal), response);
  }

  @Get('vendor-scorecard.pdf')
  @Access({ roles: ALL_ROLES })
  @ApiQuery({ name: 'vendor', required: true, description: 'The vendor, by slug or id; partners may name their own only' })
  @ApiQuery({ name: 'month', required: false, description: 'YYYY-MM; the vendor’s latest month with data when left out' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'One vendor’s report as a PDF: the monthly report’s sections restricted to that vendor and its own history; all vendors’ pooled averages only when the report settings allow them, never another vendor’s name or figures. 404 for a vendor outside the caller’s scope.',
  })
  async vendorPdf(
    @Query(new ZodValidationPipe(vendorPdfQuerySchema)) query: VendorPdfQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return pdfAnswer(await this.reports.vendorPdf(query, principal), response);
  }
}
