import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ALL_ROLES, CLIENT_ROLES } from '@rapport/api-core';
import type { RuleCatalogueDto, ScorerCardDto } from '@rapport/contracts';
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

  @Get('rules')
  @Access({ roles: ALL_ROLES })
  @ApiOkResponse({
    description:
      'Every rule the scorer can cite: stable id, plain name, dimension and whether it raises, lowers, either (the learned model decides) or only records context. Same for every vendor (no vendor data).',
  })
  getRules(): RuleCatalogueDto {
    return this.card.rules();
  }
}
