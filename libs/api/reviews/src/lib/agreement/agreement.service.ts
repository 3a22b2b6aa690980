import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ReviewCandidatesQuery } from '@rapport/api-analytics';
import {
  AUTOMATIC_DIMENSIONS,
  type AgreementCellDto,
  type AgreementDto,
  type AgreementQuery,
  type AutomaticDimension,
} from '@rapport/contracts';
import { Review } from '../entities/review.entity';
import { RubricVersion } from '../entities/rubric.entity';
import { scoreReview } from '../domain/review-total';
import { agreementOf, GradePair } from '../domain/agreement-cells';
import { ReviewDirectory, vendorRefOf } from '../review-directory';

/** Most reviews one comparison reads. */
const MAX_REVIEWS = 50_000;
type Dimension = AutomaticDimension | 'overall';

/**
 * Automatic score against submitted queue reviews, per dimension and language, for every vendor together and per
 * vendor: the human grade of a dimension is the review's rubric group of that name (`overall`: the review total).
 */
@Injectable()
export class AgreementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: ReviewCandidatesQuery,
    private readonly directory: ReviewDirectory,
  ) {}

  async agreement(query: AgreementQuery): Promise<AgreementDto> {
    const builder = this.dataSource
      .getRepository(Review)
      .createQueryBuilder('r')
      .where("r.status = 'submitted'")
      .andWhere("r.kind = 'sampling'")
      .orderBy('r.id')
      .limit(MAX_REVIEWS);
    if (query.vendorId) {
      builder.andWhere('r.vendor_id = :vendorId', { vendorId: query.vendorId });
    }
    if (query.from) {
      builder.andWhere('r.submitted_at >= :from', { from: query.from });
    }
    if (query.to) {
      builder.andWhere('r.submitted_at < :to', { to: `${query.to}T99` });
    }
    const reviews = await builder.getMany();
    const versionIds = [...new Set(reviews.map((review) => review.rubricVersionId))];
    const rubrics = new Map(
      (versionIds.length ? await this.dataSource.getRepository(RubricVersion).findBy({ id: In(versionIds) }) : []).map(
        (v) => [v.id, v],
      ),
    );
    const automatic = new Map(
      (await this.candidates.automaticScores([...new Set(reviews.map((review) => review.conversationId))])).map((s) => [
        s.conversationId,
        s,
      ]),
    );

    const cells = new Map<
      string,
      { dimension: Dimension; language: string; vendorId: string | null; pairs: GradePair[] }
    >();
    const add = (dimension: Dimension, language: string, vendorId: string | null, pair: GradePair) => {
      const key = `${dimension}|${language}|${vendorId ?? ''}`;
      const cell = cells.get(key) ?? { dimension, language, vendorId, pairs: [] };
      cell.pairs.push(pair);
      cells.set(key, cell);
    };
    for (const review of reviews) {
      const scores = automatic.get(review.conversationId);
      const rubric = rubrics.get(review.rubricVersionId);
      if (!scores || !rubric) {
        continue;
      }
      const human = scoreReview(rubric.criteria, review.ratings);
      const grades: Array<[Dimension, number | null, number | null]> = [
        ...AUTOMATIC_DIMENSIONS.map((dimension): [Dimension, number | null, number | null] => [
          dimension,
          human.groups[dimension] ?? null,
          scores[dimension],
        ]),
        ['overall', review.total === null ? null : Number(review.total), scores.overall],
      ];
      for (const [dimension, grade, score] of grades) {
        if (grade !== null && score !== null) {
          add(dimension, review.language, null, { human: grade, automatic: score });
          add(dimension, review.language, review.vendorId, { human: grade, automatic: score });
        }
      }
    }
    const vendors = await this.directory.vendorRefs();
    const result: AgreementCellDto[] = [...cells.values()]
      .map((cell) => ({
        dimension: cell.dimension,
        language: cell.language,
        vendor: cell.vendorId === null ? null : vendorRefOf(vendors, cell.vendorId),
        ...agreementOf(cell.pairs, query.minReviews),
      }))
      .sort(
        (a, b) =>
          a.dimension.localeCompare(b.dimension) ||
          a.language.localeCompare(b.language) ||
          (a.vendor?.name ?? '').localeCompare(b.vendor?.name ?? ''),
      );
    const weakLanguages = result
      .filter((cell) => cell.dimension === 'overall' && cell.vendor === null && cell.weak)
      .map((cell) => cell.language);
    return { minReviews: query.minReviews, cells: result, weakLanguages };
  }
}
