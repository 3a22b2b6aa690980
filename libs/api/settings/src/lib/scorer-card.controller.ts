import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CLIENT_ROLES } from '@rapport/api-core';
import type { ScorerCardDto } from '@rapport/contracts';
import { ScorerCardService } from './scorer-card.service';

@ApiTags('settings')
@Controller('scoring')
export class ScorerCardController {
  constructor(private readonly card: ScorerCardService) {}

  @Get('card')
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({
    description:
      'The scorer card: per language and dimension, the cross-validated figures (95 % intervals) beside the keyword baseline and the rule-based scorer, the data they come from, and which labels trained the language; `not-validated` where no labels exist. Same for every vendor (no vendor data).',
  })
  getCard(): ScorerCardDto {
    return this.card.get();
  }
}
