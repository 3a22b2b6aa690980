import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Access, ALL_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { periodShape, refinePeriod } from '@rapport/contracts';
import { PdfFile, ReportsService } from './reports.service';

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
      'The monthly scorecard as a PDF: headline figures, vendors ranked with 95% intervals and n, method notes.',
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
      'One vendor’s scorecard as a PDF: the month’s figures with 95% intervals and n, changes, and its own twelve months. No other vendor’s figures, ranks or pooled averages. 404 for a vendor outside the caller’s scope.',
  })
  async vendorPdf(
    @Query(new ZodValidationPipe(vendorPdfQuerySchema)) query: VendorPdfQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return pdfAnswer(await this.reports.vendorPdf(query, principal), response);
  }
}

function pdfAnswer(file: PdfFile, response: Response): StreamableFile {
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(file.content, {
    type: 'application/pdf',
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.content.length,
  });
}
