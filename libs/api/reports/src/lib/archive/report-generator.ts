import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnalyticsService } from '@rapport/api-analytics';
import { attemptFailed, attemptStarted, Clock, failureText, JobContext } from '@rapport/api-core';
import { ReportsService } from '../reports.service';
import { REPORT_SYSTEM } from '../sources/report-sources';
import { ArchivedReport } from './archived-report.entity';

/** What a report job names: the archive row, and the request it was queued for. */
export interface ReportRequest {
  archiveId: string;
  /** The row's `requestedAt` when queued: a later request supersedes this job, which then does nothing. */
  requestedAt: string;
}

/** A report that no retry can produce (its vendor was deleted): failed at once, not retried. */
class ReportImpossible extends Error {}

/**
 * Generates one archive row's report and stores it: the unit of work of the report job, the same in whichever
 * process the queue runs it. Idempotent: a job for a request already done, failed for good or superseded does
 * nothing, so the same report queued twice is generated once. A vendor report is drawn for that vendor only, so what
 * a partner later downloads holds nothing of the others (pooled averages only where the client allows them).
 */
@Injectable()
export class ReportGenerator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly analytics: AnalyticsService,
    private readonly clock: Clock,
  ) {}

  async generate(request: ReportRequest, context: JobContext): Promise<void> {
    const repository = this.dataSource.getRepository(ArchivedReport);
    const row = await repository.findOneBy({ id: request.archiveId, requestedAt: request.requestedAt, status: 'pending' });
    if (!row) {
      return;
    }
    await repository.update({ id: row.id }, attemptStarted(context));
    try {
      // Looked up among all vendors, so a deleted one fails with this row's own words rather than a filter error.
      const vendor = row.vendorId ? (await this.analytics.vendorRefs({}, REPORT_SYSTEM)).find((candidate) => candidate.id === row.vendorId) : null;
      if (row.vendorId && !vendor) {
        throw new ReportImpossible(`vendor ${row.vendorId} no longer exists`);
      }
      const file = await this.reports.render(row.month, vendor ?? null, REPORT_SYSTEM);
      await repository.update(
        { id: row.id },
        { status: 'ready', content: file.content.toString('base64'), bytes: file.content.length, fileName: file.fileName, generatedAt: this.clock.now().toISOString(), error: null },
      );
    } catch (error) {
      const final = context.lastAttempt || error instanceof ReportImpossible;
      const failed = attemptFailed(context, error, this.clock.now(), final);
      // Until the last run the row stays pending (the list shows "retrying"); its earlier file stays downloadable.
      await repository.update({ id: row.id }, final ? { ...failed, status: 'failed', error: failureText(error) } : failed);
      if (!final) {
        throw error;
      }
    }
  }
}
