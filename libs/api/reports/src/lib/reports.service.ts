import { Injectable } from '@nestjs/common';
import { addMonths } from '@rapport/analytics';
import { AnalyticsService } from '@rapport/api-analytics';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { MAX_SCORECARD_MONTHS } from '@rapport/contracts';
import { renderScorecardPdf } from './scorecard-pdf';
import { toScorecardReport } from './scorecard-report';
import { toVendorReport } from './vendor-report';

export interface PdfFile {
  fileName: string;
  content: Buffer;
}

/** Printable reports, built on the same analytics the dashboard reads, within the caller's vendor scope. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly clock: Clock,
  ) {}

  /** The scorecard of a month (the latest complete month with data when none is given) as a PDF. */
  async scorecardPdf(month: string | undefined, principal: Principal): Promise<PdfFile> {
    const response = await this.analytics.scorecard(month ? { month } : {}, principal);
    const shown = response.months[response.months.length - 1] ?? response.filters.to.slice(0, 7);
    const content = await renderScorecardPdf(toScorecardReport(response, shown), { createdAt: this.clock.now() });
    return { fileName: `rapport-scorecard-${shown}.pdf`, content };
  }

  /**
   * One vendor's scorecard of a month (its latest month with data when none is given) with its own twelve months.
   * A partner naming another vendor is answered like a vendor that does not exist (404), as every vendor-scoped read.
   */
  async vendorPdf(query: { vendor: string; month?: string }, principal: Principal): Promise<PdfFile> {
    const [vendor] = await this.analytics.vendorRefs({ vendors: [query.vendor] }, principal);
    if (!vendor) {
      throw DomainError.notFound('Vendor');
    }
    const latest = async () => {
      const response = await this.analytics.scorecard({ vendors: [vendor.id] }, principal);
      return response.months[response.months.length - 1] ?? response.filters.to.slice(0, 7);
    };
    const month = query.month ?? (await latest());
    const response = await this.analytics.scorecard({ from: addMonths(month, -(MAX_SCORECARD_MONTHS - 1)), to: month, vendors: [vendor.id] }, principal);
    const content = await renderScorecardPdf(toVendorReport(response, vendor, month), { createdAt: this.clock.now() });
    return { fileName: `rapport-scorecard-${vendor.slug}-${month}.pdf`, content };
  }
}
