import { Injectable } from '@nestjs/common';
import { AnalyticsService } from '@rapport/api-analytics';
import { Clock, Principal } from '@rapport/api-core';
import { renderScorecardPdf } from './scorecard-pdf';
import { toScorecardReport } from './scorecard-report';

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
}
