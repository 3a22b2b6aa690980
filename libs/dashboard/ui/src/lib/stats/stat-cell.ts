import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MetricUnit, StatEstimate } from '@rapport/contracts';
import { IntervalBar } from './interval-bar';
import type { IntervalScale } from './interval-scale';
import { NOT_ENOUGH_DATA, formatInterval, formatMetricValue, formatSampleSize } from './stat-format';

/**
 * An estimate as a table cell: value, 95% interval (as text and as a bar on the column's scale) and sample size.
 * Below the minimum sample it says "Not enough data" with n, and draws nothing that could be read as a result.
 */
@Component({
  selector: 'rp-stat-cell',
  imports: [IntervalBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as shown) {
      <span class="line">
        <span class="value" data-testid="stat-value">{{ shown.value }}</span>
        <span class="interval"><span class="rp-visually-hidden">95% interval </span><span>{{ shown.interval }}</span></span>
      </span>
      @if (scale(); as axis) {
        <rp-interval-bar [scale]="axis" [lower]="shown.lower" [estimate]="shown.estimate" [upper]="shown.upper" />
      }
    } @else {
      <span class="insufficient" data-testid="stat-insufficient">{{ notEnoughData }}</span>
    }
    <span class="n">{{ sampleSize() }}</span>
  `,
  styleUrl: './stat-text.scss',
  styles: `
    :host {
      min-width: 6rem;
    }
    .line {
      display: flex;
      align-items: baseline;
      gap: var(--rp-space-1);
      white-space: nowrap;
    }
    .interval,
    .n {
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class StatCell {
  readonly stat = input.required<StatEstimate>();
  readonly unit = input.required<MetricUnit>();
  /** Shared axis of the column; without one only the text is shown. */
  readonly scale = input<IntervalScale | null>(null);

  protected readonly notEnoughData = NOT_ENOUGH_DATA;

  protected readonly view = computed(() => {
    const stat = this.stat();
    if (stat.status === 'insufficient') {
      return null;
    }
    const unit = this.unit();
    return {
      value: formatMetricValue(stat.estimate, unit),
      interval: formatInterval(stat.lower, stat.upper, unit),
      lower: stat.lower,
      estimate: stat.estimate,
      upper: stat.upper,
    };
  });

  protected readonly sampleSize = computed(() => formatSampleSize(this.stat().n));
}
