import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * How much each language needs human reviews, for adaptive sampling: 1 while a language has fewer submitted
 * reviews than `minReviews` (agreement unknown), then minReviews / n, so the least reviewed languages keep
 * getting more. Languages absent here (never reviewed) count as 1 in the sampler.
 */
@Injectable()
export class LanguageNeed {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byLanguage(minReviews: number): Promise<Map<string, number>> {
    const rows: Array<{ language: string; n: number | string }> = await this.dataSource.query(
      `SELECT language, COUNT(*) AS n FROM reviews WHERE status = 'submitted' AND kind = 'sampling' GROUP BY language`,
    );
    return new Map(rows.map((row) => [row.language, Number(row.n) < minReviews ? 1 : minReviews / Number(row.n)]));
  }
}
