import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { AnalyticsService } from '@rapport/api-analytics';
import { Clock, DomainError, jobAttemptsDto, Principal } from '@rapport/api-core';
import type { ArchivedReportDto, ArchivedReportListDto, RegenerateReportsDto, RegenerateReportsRequest, VendorRef } from '@rapport/contracts';
import type { PdfFile } from '../reports.service';
import { REPORT_SYSTEM } from '../sources/report-sources';
import { ArchivedReport } from './archived-report.entity';
import type { ReportRequest } from './report-generator';
import { ReportJobs, type JobOrder } from './report-jobs';

/** A report requested (again) has not run yet. */
const NO_ATTEMPTS = { attempt: 0, maxAttempts: 0, lastFailure: null, nextRetryAt: null };

/** Most archive rows one list answers: two years of a dozen vendors. */
const MAX_LISTED = 400;

/** Who may download a kept report: a partner its own vendor's reports only; client roles every report. */
function visibleTo(row: ArchivedReport, principal: Principal): boolean {
  return principal.vendorScope === null || (row.kind === 'vendor' && row.vendorId === principal.vendorScope);
}

/**
 * What the list shows: a partner its own vendor's reports; an executive the monthly ones (the all-vendor report is
 * theirs to forward; a vendor's own report stays one download away on the vendor page); other client roles all.
 */
function listedFor(row: ArchivedReport, principal: Principal): boolean {
  return visibleTo(row, principal) && (principal.role !== 'executive' || row.kind === 'monthly');
}

/** The archive of generated reports: listing, downloading, and queueing (re)generation. */
@Injectable()
export class ReportArchiveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly analytics: AnalyticsService,
    private readonly jobs: ReportJobs,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal): Promise<ArchivedReportListDto> {
    const rows = await this.dataSource.getRepository(ArchivedReport).find({
      select: ['id', 'kind', 'month', 'vendorKey', 'vendorId', 'status', 'fileName', 'bytes', 'requestedAt', 'generatedAt', 'error', 'attempt', 'maxAttempts', 'lastFailure', 'nextRetryAt'],
      where: principal.vendorScope !== null ? { kind: 'vendor', vendorId: principal.vendorScope } : principal.role === 'executive' ? { kind: 'monthly' } : {},
      order: { month: 'DESC', kind: 'ASC', fileName: 'ASC' },
      take: MAX_LISTED,
    });
    // Every vendor in scope rather than the ids named: naming a vendor deleted since would refuse the whole list.
    const vendors = new Map((rows.some((row) => row.vendorId) ? await this.analytics.vendorRefs({}, principal) : []).map((vendor) => [vendor.id, vendor]));
    return { items: rows.filter((row) => listedFor(row, principal)).map((row) => toDto(row, row.vendorId ? (vendors.get(row.vendorId) ?? null) : null)) };
  }

  /** A kept report's PDF; another vendor's or an unknown one is 404 alike, as is one not generated yet. */
  async file(id: string, principal: Principal): Promise<PdfFile> {
    const row = await this.dataSource.getRepository(ArchivedReport).findOneBy({ id });
    if (!row || !visibleTo(row, principal) || !row.content) {
      throw DomainError.notFound('Report');
    }
    return { fileName: row.fileName, content: Buffer.from(row.content, 'base64') };
  }

  /** Queues the month's reports (or one vendor's) for generation again; answers at once. */
  async regenerate(request: RegenerateReportsRequest, principal: Principal): Promise<RegenerateReportsDto> {
    const vendors = request.vendor ? await this.analytics.vendorRefs({ vendors: [request.vendor] }, principal) : null;
    if (request.vendor && (!vendors || vendors.length === 0)) {
      throw DomainError.notFound('Vendor');
    }
    const ids = vendors
      ? await this.queue(request.month, vendors, false, 'first')
      : request.monthlyOnly
        ? await this.queue(request.month, [], true, 'first')
        : await this.queueMonth(request.month, 'first');
    return { queued: ids.length };
  }

  /** The monthly report and one per vendor with conversations that month; nothing for a month without any. */
  async queueMonth(month: string, order: JobOrder = 'last'): Promise<string[]> {
    const scorecard = await this.analytics.scorecard({ month }, REPORT_SYSTEM);
    const vendors = [...new Map(scorecard.rows.filter((row) => row.month === month && row.volume.current > 0).map((row) => [row.vendor.id, row.vendor])).values()];
    return vendors.length > 0 ? this.queue(month, vendors, true, order) : [];
  }

  /** Whether the month's monthly report is already in the archive (in any state). */
  async hasMonth(month: string): Promise<boolean> {
    return (await this.dataSource.getRepository(ArchivedReport).countBy({ kind: 'monthly', month, vendorKey: '' })) > 0;
  }

  /**
   * A lead's request (`first`) queues every wanted report again, existing or not; the schedule (`last`) only the ones
   * it adds. Adding is the schedule's claim: the unique key lets one API instance add a report, and only that one
   * queues it, so two instances' schedules generate each report once.
   */
  private async queue(month: string, vendors: VendorRef[], monthly: boolean, order: JobOrder): Promise<string[]> {
    const wanted = [...(monthly ? [{ kind: 'monthly' as const, vendor: null }] : []), ...vendors.map((vendor) => ({ kind: 'vendor' as const, vendor }))];
    const repository = this.dataSource.getRepository(ArchivedReport);
    const existing = await repository.findBy({ month, vendorKey: In(wanted.map((item) => item.vendor?.id ?? '')) });
    const requests: ReportRequest[] = [];
    const requestedAt = this.clock.now().toISOString();
    for (const item of wanted) {
      const found = existing.find((row) => row.kind === item.kind && row.vendorKey === (item.vendor?.id ?? ''));
      if (found) {
        if (order === 'first') {
          await repository.update({ id: found.id }, { status: 'pending', requestedAt, error: null, ...NO_ATTEMPTS });
          requests.push({ archiveId: found.id, requestedAt });
        }
        continue;
      }
      const row = repository.create({
        id: randomUUID(),
        kind: item.kind,
        month,
        vendorKey: item.vendor?.id ?? '',
        vendorId: item.vendor?.id ?? null,
        status: 'pending',
        fileName: item.vendor ? `rapport-scorecard-${item.vendor.slug}-${month}.pdf` : `rapport-scorecard-${month}.pdf`,
        content: null,
        bytes: null,
        requestedAt,
        generatedAt: null,
        error: null,
        ...NO_ATTEMPTS,
      });
      try {
        await repository.insert(row);
        requests.push({ archiveId: row.id, requestedAt });
      } catch {
        // Another instance queued the same report at the same moment: the unique key kept one, which that one runs.
      }
    }
    await this.jobs.enqueue(requests, order);
    return requests.map((request) => request.archiveId);
  }
}

function toDto(row: ArchivedReport, vendor: VendorRef | null): ArchivedReportDto {
  return {
    id: row.id,
    kind: row.kind,
    month: row.month,
    vendor,
    status: row.status,
    generatedAt: row.generatedAt,
    bytes: row.bytes,
    file: `/api/reports/archive/${row.id}/file`,
    error: row.status === 'failed' ? (row.error ?? 'unknown error') : null,
    job: jobAttemptsDto(row, row.status === 'ready' ? 'done' : row.status === 'failed' ? 'failed' : 'waiting', row.error),
  };
}
