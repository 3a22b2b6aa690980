import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnalyticsService } from '@rapport/api-analytics';
import { Clock } from '@rapport/api-core';
import { ReportsService } from '../reports.service';
import { REPORT_SYSTEM } from '../sources/report-sources';
import { ArchivedReport } from './archived-report.entity';

/**
 * Generates one archive row's report and stores it. The unit of work of the schedule and of "regenerate": the same
 * whether the in-process runner or a queue worker calls it. A vendor report is drawn for that vendor only, so what a
 * partner later downloads holds nothing of the others (pooled averages only where the client allows them).
 */
@Injectable()
export class ReportGenerator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly analytics: AnalyticsService,
    private readonly clock: Clock,
  ) {}

  async generate(archiveId: string): Promise<void> {
    const repository = this.dataSource.getRepository(ArchivedReport);
    const row = await repository.findOneBy({ id: archiveId });
    if (!row) {
      return;
    }
    try {
      // Looked up among all vendors, so a deleted one fails with this row's own words rather than a filter error.
      const vendor = row.vendorId ? (await this.analytics.vendorRefs({}, REPORT_SYSTEM)).find((candidate) => candidate.id === row.vendorId) : null;
      if (row.vendorId && !vendor) {
        throw new Error(`vendor ${row.vendorId} no longer exists`);
      }
      const file = await this.reports.render(row.month, vendor ?? null, REPORT_SYSTEM);
      await repository.update(
        { id: row.id },
        { status: 'ready', content: file.content.toString('base64'), bytes: file.content.length, fileName: file.fileName, generatedAt: this.clock.now().toISOString(), error: null },
      );
    } catch (error) {
      await repository.update({ id: row.id }, { status: 'failed', error: (error as Error).message.slice(0, 500) });
      throw error;
    }
  }
}
