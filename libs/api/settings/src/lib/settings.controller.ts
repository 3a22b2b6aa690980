import { Body, Controller, Get, Ip, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CLIENT_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { ScoringSettingsDto, scoringSettingsSchema } from '@rapport/contracts';
import { ScoringSettingsService } from './scoring-settings.service';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly scoring: ScoringSettingsService) {}

  @Get('scoring')
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({ description: 'Weights of the overall score and first-response / reply-gap targets per channel, in seconds; defaults until an administrator saves them.' })
  getScoring(): Promise<ScoringSettingsDto> {
    return this.scoring.get();
  }

  @Put('scoring')
  @Access({ roles: ['admin'] })
  @ApiBody({ schema: z.toJSONSchema(scoringSettingsSchema, { io: 'input' }) as object })
  @ApiOkResponse({ description: 'Replaces the scoring settings (every channel); weights are 0 or more and not all 0. Applies to conversations scored from now on.' })
  putScoring(@Body(new ZodValidationPipe(scoringSettingsSchema)) body: ScoringSettingsDto, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<ScoringSettingsDto> {
    return this.scoring.update(body, actor, ip);
  }
}
