import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Access, ALL_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { ArchivedReportListDto, RegenerateReportsDto, RegenerateReportsRequest, regenerateReportsSchema } from '@rapport/contracts';
import { pdfAnswer } from '../pdf-answer';
import { ReportArchiveService } from './report-archive.service';

@ApiTags('reports')
@Controller('reports/archive')
export class ReportArchiveController {
  constructor(private readonly archive: ReportArchiveService) {}

  @Get()
  @Access({ roles: ALL_ROLES })
  @ApiOkResponse({ description: 'Kept reports, newest month first: partners their own vendor’s, executives the monthly ones, other client roles all.' })
  list(@CurrentPrincipal() principal: Principal): Promise<ArchivedReportListDto> {
    return this.archive.list(principal);
  }

  @Get(':reportId/file')
  @Access({ roles: ALL_ROLES })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The kept PDF; 404 for a report outside the caller’s view or not generated yet.' })
  async file(@Param('reportId', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return pdfAnswer(await this.archive.file(id, principal), response);
  }

  @Post('regenerate')
  @HttpCode(202)
  @Access({ roles: ['admin', 'qa-lead', 'vendor-manager'] })
  @ApiBody({ schema: z.toJSONSchema(regenerateReportsSchema, { io: 'input' }) as object })
  @ApiAcceptedResponse({ description: 'Queues the month’s reports (or one vendor’s) for generation in the background and answers at once.' })
  regenerate(@Body(new ZodValidationPipe(regenerateReportsSchema)) body: RegenerateReportsRequest, @CurrentPrincipal() principal: Principal): Promise<RegenerateReportsDto> {
    return this.archive.regenerate(body, principal);
  }
}
