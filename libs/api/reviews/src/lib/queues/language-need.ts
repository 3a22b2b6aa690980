import { Injectable } from '@nestjs/common';
import { AgreementService } from '../agreement/agreement.service';
import { languageNeedOf } from '../domain/language-need';

/** Fewest pairs the agreement statistics are computed on, whatever minimum a rule asks (the agreement API's floor). */
const MIN_PAIRS_FOR_STATISTICS = 4;

/**
 * How much each language needs human reviews, for adaptive sampling: from the overall automatic-vs-human agreement
 * of every submitted queue review of every vendor (the automatic scorer is the same for all), by `languageNeedOf`:
 * 1 while a language has fewer than `minReviews` reviews, else 1 − the weaker of rho and kappa (at least 0.05).
 * Languages absent here (never reviewed) count as 1 in the sampler.
 */
@Injectable()
export class LanguageNeed {
  constructor(private readonly agreement: AgreementService) {}

  async byLanguage(minReviews: number): Promise<Map<string, number>> {
    const { cells } = await this.agreement.agreement({
      minReviews: Math.max(minReviews, MIN_PAIRS_FOR_STATISTICS),
    });
    return languageNeedOf(
      cells
        .filter((cell) => cell.dimension === 'overall' && cell.vendor === null)
        .map((cell) => ({
          language: cell.language,
          n: cell.n,
          rho: cell.spearman?.rho ?? null,
          kappa: cell.kappa?.kappa ?? null,
        })),
      minReviews,
    );
  }
}
