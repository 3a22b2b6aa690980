import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { periodShape, refinePeriod } from '@rapport/contracts';
import { ReportsService } from './reports.service';

export const scorecardPdfQuerySchema = z
  .strictObject({ month: periodShape.month })
  .superRefine((value, context) => refinePeriod(value, context));
export type ScorecardPdfQuery = z.infer<typeof scorecardPdfQuerySchema>;

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
    const file = await this.reports.scorecardPdf(query.month, principal);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }
}
