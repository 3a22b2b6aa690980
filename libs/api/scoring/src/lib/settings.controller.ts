import { Body, Controller, Get, Ip, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CLIENT_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { ReportSettingsDto, reportSettingsSchema, ScoringRescoreProgressDto, ScoringSettingsDto, ScoringSettingsSavedDto, scoringSettingsSchema } from '@rapport/contracts';
import { ReportSettingsService } from './report-settings.service';
import { ScoringSettingsService } from './scoring-settings.service';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(
    private readonly scoring: ScoringSettingsService,
    private readonly reports: ReportSettingsService,
  ) {}

  @Get('reports')
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({ description: 'What reports may show: `pooledAverages` (all vendors pooled beside a vendor’s own figures in its report; off by default).' })
  getReports(): Promise<ReportSettingsDto> {
    return this.reports.get();
  }

  @Put('reports')
  @Access({ roles: ['admin'] })
  @ApiBody({ schema: z.toJSONSchema(reportSettingsSchema, { io: 'input' }) as object })
  @ApiOkResponse({ description: 'Replaces the report settings; audited as a settings change.' })
  putReports(@Body(new ZodValidationPipe(reportSettingsSchema)) body: ReportSettingsDto, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<ReportSettingsDto> {
    return this.reports.update(body, actor, ip);
  }

  @Get('scoring')
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({ description: 'Weights of the overall score and first-response / reply-gap targets per channel, in seconds; defaults until an administrator saves them.' })
  getScoring(): Promise<ScoringSettingsDto> {
    return this.scoring.get();
  }

  @Get('scoring/rescore')
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({ description: 'Progress of the background rescore started by the last change of scoring settings or vendor profiles: `{ running, done, total }`.' })
  getRescore(): Promise<ScoringRescoreProgressDto> {
    return this.scoring.rescoreProgress();
  }

  @Put('scoring')
  @Access({ roles: ['admin'] })
  @ApiBody({ schema: z.toJSONSchema(scoringSettingsSchema, { io: 'input' }) as object })
  @ApiOkResponse({
    description:
      'Replaces the scoring settings (every channel); weights are 0 or more and not all 0. Conversations scored with earlier settings are scored again in the background: `rescore` says whether that started and for how many; until their turn they keep their earlier scores.',
  })
  putScoring(@Body(new ZodValidationPipe(scoringSettingsSchema)) body: ScoringSettingsDto, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<ScoringSettingsSavedDto> {
    return this.scoring.update(body, actor, ip);
  }
}
