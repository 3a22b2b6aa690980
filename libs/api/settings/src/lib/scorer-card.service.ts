import { Injectable } from '@nestjs/common';
import type { ScorerCardDto } from '@rapport/contracts';
import { scorerCard } from '@rapport/scoring';

/** The scorer card of the running scorer: built once, it changes only with the scorer version. */
@Injectable()
export class ScorerCardService {
  private card: ScorerCardDto | undefined;

  get(): ScorerCardDto {
    this.card ??= JSON.parse(JSON.stringify(scorerCard())) as ScorerCardDto;
    return this.card;
  }
}
