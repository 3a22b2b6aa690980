import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CalibrationReportDto } from '@rapport/contracts';
import { RemoteResource, ReviewQueuesApi } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState, PageHeader, languageName } from '@rapport/dashboard-ui';
import { ChartPanel } from '@rapport/dashboard-ui-charts';
import { alphaTables, deviationRows, toAlphaChart } from '../model/calibration-view';

/**
 * A calibration session's report: Krippendorff's alpha per criterion (chart and table) and per language with its
 * bootstrap interval and level of measurement, each reviewer's deviation from the others, and the conversations
 * graded furthest apart.
 */
@Component({
  selector: 'rp-calibration-report-page',
  imports: [RouterLink, PageHeader, LoadingState, ErrorState, ChartPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calibration-report-page.html',
  styleUrl: '../reviews.scss',
})
export class CalibrationReportPage {
  /** The `:id` route parameter (the session's queue id), bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(ReviewQueuesApi);
  protected readonly report = new RemoteResource<CalibrationReportDto>(() => this.api.calibrationReport(this.id()));
  protected readonly view = computed(() => {
    const state = this.report.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const data = state.data;
    return {
      data,
      ...alphaTables(data),
      chart: toAlphaChart(data),
      charted: data.alphas.some((alpha) => alpha.language === null && alpha.alpha !== null),
      deviations: deviationRows(data),
    };
  });
  protected readonly languageName = languageName;

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.report.load());
    });
  }
}
