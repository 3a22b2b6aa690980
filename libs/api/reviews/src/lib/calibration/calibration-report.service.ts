import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  coderDeviations,
  krippendorffAlphaInterval,
  mostDisagreedUnits,
  type MeasurementLevel,
} from '@rapport/analytics';
import { DomainError, type Principal } from '@rapport/api-core';
import type { CalibrationAlphaDto, CalibrationReportDto, RubricScale } from '@rapport/contracts';
import { ReviewAssignment, ReviewQueue } from '../entities/review-queue.entity';
import { Review } from '../entities/review.entity';
import { RubricVersion } from '../entities/rubric.entity';
import { ReviewDirectory } from '../review-directory';

const totalOf = (review: Review): number | null => (review.total === null ? null : Number(review.total));
const LEVEL: Record<RubricScale, MeasurementLevel> = {
  'yes-no': 'nominal',
  '1-3': 'ordinal',
  '1-5': 'ordinal',
  '0-100': 'interval',
};
/** Bootstrap resamples per alpha: a session has at most 60 criteria × (languages + 1) alphas. */
const BOOTSTRAP_SAMPLES = 500;

/**
 * How far a calibration session's reviewers agree, from their submitted reviews only: Krippendorff's alpha per
 * criterion (level from the scale: yes/no nominal, 1–3 and 1–5 ordinal, 0–100 interval) and on totals (interval),
 * for the whole session and per language, with a seeded bootstrap interval; each reviewer's deviation from the
 * others on totals; the conversations with the widest spread of totals.
 */
@Injectable()
export class CalibrationReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: ReviewDirectory,
  ) {}

  /**
   * The report shows every participant's grades, so a participant reads it only once the session is closed (every
   * assignment submitted); until then they get 409 `calibration_open`. Others (leads who do not grade) read it any time.
   */
  async report(queueId: string, principal: Pick<Principal, 'kind' | 'id'>): Promise<CalibrationReportDto> {
    const queue = await this.dataSource.getRepository(ReviewQueue).findOneBy({ id: queueId, kind: 'calibration' });
    if (!queue) {
      throw DomainError.notFound('Calibration session');
    }
    const rubric = await this.dataSource.getRepository(RubricVersion).findOneByOrFail({ id: queue.rubricVersionId });
    const assignments = await this.dataSource
      .getRepository(ReviewAssignment)
      .find({ where: { queueId }, order: { conversationId: 'ASC' } });
    const reviews = await this.dataSource
      .getRepository(Review)
      .createQueryBuilder('r')
      .innerJoin(ReviewAssignment, 'a', 'a.id = r.assignment_id')
      .where('a.queue_id = :queueId', { queueId })
      .andWhere("r.status = 'submitted'")
      .getMany();
    const participant = principal.kind === 'user' && assignments.some((item) => item.reviewerId === principal.id);
    if (participant && reviews.length < assignments.length) {
      throw new DomainError(409, 'calibration_open', 'The report opens when every participant has submitted their reviews');
    }
    const coders = queue.reviewerIds;
    const units = [...new Map(assignments.map((a) => [a.conversationId, a.language])).entries()];
    const byCoderUnit = new Map(reviews.map((review) => [`${review.reviewerId}|${review.conversationId}`, review]));
    const matrix = (value: (review: Review) => number | null, keep: (unit: number) => boolean) =>
      coders.map((coder) =>
        units
          .filter((_, index) => keep(index))
          .map(([conversationId]) => {
            const review = byCoderUnit.get(`${coder}|${conversationId}`);
            return review ? value(review) : null;
          }),
      );
    const languages = [...new Set(units.map(([, language]) => language))].sort();
    const alphas: CalibrationAlphaDto[] = [];
    const criteria: Array<{ key: string; level: MeasurementLevel; value: (review: Review) => number | null }> = [
      ...rubric.criteria.map((criterion) => ({
        key: criterion.key,
        level: LEVEL[criterion.scale],
        value: (review: Review) => review.ratings.find((rating) => rating.criterion === criterion.key)?.value ?? null,
      })),
      {
        key: 'total',
        level: 'interval' as const,
        value: (review: Review) => (review.total === null ? null : Number(review.total)),
      },
    ];
    for (const criterion of criteria) {
      for (const language of [null, ...languages]) {
        const data = matrix(criterion.value, (index) => language === null || units[index]?.[1] === language);
        const interval = krippendorffAlphaInterval(data, criterion.level, { samples: BOOTSTRAP_SAMPLES, seed: 1 });
        const pairable =
          data[0]?.map((_, unit) => data.filter((row) => row[unit] !== null).length >= 2).filter(Boolean).length ?? 0;
        alphas.push({
          criterion: criterion.key,
          language,
          level: criterion.level,
          alpha: interval.alpha,
          low: interval.low,
          high: interval.high,
          units: pairable,
        });
      }
    }
    const totals = matrix(totalOf, () => true);
    const deviations = coderDeviations(totals);
    const people = await this.directory.people();
    return {
      queueId,
      name: queue.name,
      reviewers: coders.map((id, index) => ({
        id,
        displayName: people.get(id)?.displayName ?? 'former user',
        submitted: reviews.filter((review) => review.reviewerId === id).length,
        meanDeviation: deviations[index]?.meanDeviation ?? null,
        meanAbsoluteDeviation: deviations[index]?.meanAbsoluteDeviation ?? null,
      })),
      alphas,
      mostDisagreed: mostDisagreedUnits(totals, 10).map((unit) => ({
        conversationId: units[unit.unit]?.[0] ?? '',
        language: units[unit.unit]?.[1] ?? '',
        spread: unit.spread,
      })),
    };
  }
}
