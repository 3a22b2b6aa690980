import { Injectable } from '@nestjs/common';
import { AnalyticsService } from '@rapport/api-analytics';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import type { VendorRef } from '@rapport/contracts';
import { renderReportPdf } from './monthly-pdf';
import { ReportSources } from './sources/report-sources';

export interface PdfFile {
  fileName: string;
  content: Buffer;
}

/** Printable reports, built on the same sources the dashboard reads, within the caller's vendor scope. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly sources: ReportSources,
    private readonly clock: Clock,
  ) {}

  /** The monthly report of every vendor in scope (the latest complete month with data when none is given). */
  async scorecardPdf(month: string | undefined, principal: Principal): Promise<PdfFile> {
    const shown = month ?? (await this.latestMonth([], principal));
    return this.render(shown, null, principal);
  }

  /**
   * One vendor's report of a month (its latest complete month with data when none is given) with its own history.
   * A partner naming another vendor is answered like a vendor that does not exist (404), as every vendor-scoped read.
   */
  async vendorPdf(query: { vendor: string; month?: string }, principal: Principal): Promise<PdfFile> {
    const vendor = await this.vendor(query.vendor, principal);
    const month = query.month ?? (await this.latestMonth([vendor.id], principal));
    return this.render(month, vendor, principal);
  }

  /** The vendor a query names, within the caller's scope; 404 otherwise. */
  async vendor(token: string, principal: Principal): Promise<VendorRef> {
    const [vendor] = await this.analytics.vendorRefs({ vendors: [token] }, principal);
    if (!vendor) {
      throw DomainError.notFound('Vendor');
    }
    return vendor;
  }

  async render(month: string, vendor: VendorRef | null, principal: Principal): Promise<PdfFile> {
    const data = await this.sources.gather(month, vendor, principal);
    const content = await renderReportPdf(data, { createdAt: this.clock.now() });
    return { fileName: vendor ? `rapport-scorecard-${vendor.slug}-${month}.pdf` : `rapport-scorecard-${month}.pdf`, content };
  }

  private async latestMonth(vendors: string[], principal: Principal): Promise<string> {
    const response = await this.analytics.scorecard(vendors.length > 0 ? { vendors } : {}, principal);
    return response.months[response.months.length - 1] ?? response.filters.to.slice(0, 7);
  }
}
