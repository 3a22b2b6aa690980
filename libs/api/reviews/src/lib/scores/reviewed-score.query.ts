import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { meanSummaryOf, tInterval } from '@rapport/analytics';
import { ReviewCandidatesQuery } from '@rapport/api-analytics';
import { Principal } from '@rapport/api-core';
import { whereVendorScope } from '@rapport/api-database';
import type { ReviewedScoreDto, ReviewPeriodQuery } from '@rapport/contracts';
import { Review } from '../entities/review.entity';
import { ReviewDirectory, vendorRefOf } from '../review-directory';

/** Most reviews one answer reads; a year of a large team's reviews fits. */
const MAX_REVIEWS = 100_000;

/**
 * Each vendor's reviewed QA score: the mean total of its submitted queue reviews (calibration grades are left
 * out: they are several grades of the same conversations) with a Student t interval and n, beside the automatic
 * overall of the scorecard. Periods are of submission days, or with `periodOf: 'conversation'` of the reviewed
 * conversations' days (read through the analytics read model). Below `minReviews` a vendor is `insufficient`,
 * without numbers.
 */
@Injectable()
export class ReviewedScoreQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: ReviewDirectory,
    private readonly candidates: ReviewCandidatesQuery,
  ) {}

  async run(query: ReviewPeriodQuery, principal: Principal): Promise<ReviewedScoreDto[]> {
    const builder = this.dataSource
      .getRepository(Review)
      .createQueryBuilder('r')
      .select(['r.vendor_id AS vendor_id', 'r.total AS total', 'r.conversation_id AS conversation_id'])
      .where("r.status = 'submitted'")
      .andWhere("r.kind = 'sampling'")
      .andWhere('r.total IS NOT NULL')
      .limit(MAX_REVIEWS);
    whereVendorScope(builder, principal, 'r.vendor_id');
    if (query.vendorId) {
      builder.andWhere('r.vendor_id = :vendorId', { vendorId: query.vendorId });
    }
    const bySubmission = query.periodOf === 'submission';
    if (query.from && bySubmission) {
      builder.andWhere('r.submitted_at >= :from', { from: query.from });
    }
    if (query.to && bySubmission) {
      builder.andWhere('r.submitted_at < :to', { to: `${query.to}T99` });
    }
    let rows: Array<{ vendor_id: string; total: number | string; conversation_id: string }> =
      await builder.getRawMany();
    if (!bySubmission && (query.from || query.to)) {
      const from = query.from ?? '0000-01-01';
      const to = query.to ?? '9999-12-31';
      const inPeriod = new Set(
        (await this.candidates.byIds([...new Set(rows.map((row) => row.conversation_id))]))
          .filter((candidate) => candidate.day >= from && candidate.day <= to)
          .map((candidate) => candidate.conversationId),
      );
      rows = rows.filter((row) => inPeriod.has(row.conversation_id));
    }
    const totals = new Map<string, number[]>();
    for (const row of rows) {
      totals.set(row.vendor_id, [...(totals.get(row.vendor_id) ?? []), Number(row.total)]);
    }
    const vendors = await this.directory.vendorRefs();
    return [...totals]
      .map(([vendorId, values]) => {
        const estimate = tInterval(meanSummaryOf(values), {
          minSample: query.minReviews,
        });
        return {
          vendor: vendorRefOf(vendors, vendorId),
          status: estimate.status,
          n: values.length,
          mean: estimate.estimate,
          lower: estimate.lower,
          upper: estimate.upper,
        };
      })
      .sort((a, b) => a.vendor.name.localeCompare(b.vendor.name));
  }
}
