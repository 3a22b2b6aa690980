import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { meanSummaryOf, tInterval } from '@rapport/analytics';
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
 * overall of the scorecard. Periods are of submission days. Below `minReviews` a vendor is `insufficient`, without numbers.
 */
@Injectable()
export class ReviewedScoreQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: ReviewDirectory,
  ) {}

  async run(query: ReviewPeriodQuery, principal: Principal): Promise<ReviewedScoreDto[]> {
    const builder = this.dataSource
      .getRepository(Review)
      .createQueryBuilder('r')
      .select(['r.vendor_id AS vendor_id', 'r.total AS total'])
      .where("r.status = 'submitted'")
      .andWhere("r.kind = 'sampling'")
      .andWhere('r.total IS NOT NULL')
      .limit(MAX_REVIEWS);
    whereVendorScope(builder, principal, 'r.vendor_id');
    if (query.vendorId) {
      builder.andWhere('r.vendor_id = :vendorId', { vendorId: query.vendorId });
    }
    if (query.from) {
      builder.andWhere('r.submitted_at >= :from', { from: query.from });
    }
    if (query.to) {
      builder.andWhere('r.submitted_at < :to', { to: `${query.to}T99` });
    }
    const rows: Array<{ vendor_id: string; total: number | string }> = await builder.getRawMany();
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
