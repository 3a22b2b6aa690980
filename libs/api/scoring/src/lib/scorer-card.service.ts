import { Injectable } from '@nestjs/common';
import type { RuleCatalogueDto, ScorerCardDto } from '@rapport/contracts';
import { RULE_CATALOGUE, SCORER_VERSION, scorerCard } from '@rapport/scoring';

/** The scorer card of the running scorer: built once, it changes only with the scorer version. */
@Injectable()
export class ScorerCardService {
  private card: ScorerCardDto | undefined;

  get(): ScorerCardDto {
    this.card ??= JSON.parse(JSON.stringify(scorerCard())) as ScorerCardDto;
    return this.card;
  }

  rules(): RuleCatalogueDto {
    return { scorerVersion: SCORER_VERSION, rules: RULE_CATALOGUE.map((rule) => ({ ...rule })) };
  }
}
