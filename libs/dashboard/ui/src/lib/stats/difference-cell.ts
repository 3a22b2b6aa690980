import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { MetricDirection, MetricUnit, StatDifference } from '@rapport/contracts';
import { changeTone, changeToneLabel } from './change-tone';
import { IntervalBar } from './interval-bar';
import type { IntervalScale } from './interval-scale';
import { NOT_ENOUGH_DATA, formatChange, formatSampleSize } from './stat-format';

/**
 * A difference between two groups: signed value, 95% interval against zero, and a verdict in words (better,
 * worse, no clear difference). `significant` is the API's multiple-testing decision when there is one.
 */
@Component({
  selector: 'rp-difference-cell',
  imports: [IntervalBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as shown) {
      <span class="value">{{ shown.value }}</span>
      <span class="interval"><span class="rp-visually-hidden">95% interval </span><span>{{ shown.interval }}</span></span>
      @if (scale(); as axis) {
        <rp-interval-bar [scale]="axis" [lower]="shown.lower" [estimate]="shown.difference" [upper]="shown.upper" [reference]="0" />
      }
      <span class="verdict" [class]="'verdict verdict--' + tone()" data-testid="difference-verdict">
        <span class="mark" aria-hidden="true">{{ mark() }}</span>{{ verdict() }}
      </span>
    } @else {
      <span class="insufficient">{{ notEnoughData }}</span>
      <span class="n">{{ sampleSizes() }}</span>
    }
  `,
  styleUrl: './stat-text.scss',
  styles: `
    :host {
      min-width: 8rem;
    }
    .verdict {
      display: inline-flex;
      gap: var(--rp-space-1);
      font-size: var(--rp-font-size-xs);
      font-weight: var(--rp-font-weight-medium);
      color: var(--rp-color-text-muted);
    }
    .verdict--better {
      color: var(--rp-color-better, #005a8c);
    }
    .verdict--worse {
      color: var(--rp-color-worse, #b3401a);
    }
  `,
})
export class DifferenceCell {
  readonly difference = input.required<StatDifference>();
  readonly unit = input.required<MetricUnit>();
  readonly direction = input.required<MetricDirection>();
  readonly significant = input<boolean>();
  readonly scale = input<IntervalScale | null>(null);
  /** `difference` between two vendors, or `change` of one over time (the default). */
  readonly kind = input<'change' | 'difference'>('change');

  protected readonly notEnoughData = NOT_ENOUGH_DATA;
  protected readonly tone = computed(() => changeTone(this.difference(), this.direction(), this.significant()));
  protected readonly verdict = computed(() => {
    const tone = this.tone();
    const label = changeToneLabel(tone, this.kind());
    return this.significant() !== undefined && (tone === 'better' || tone === 'worse') ? `${label} (significant)` : label;
  });
  protected readonly mark = computed(() => {
    switch (this.tone()) {
      case 'better':
        return '✓';
      case 'worse':
        return '!';
      case 'unclear':
      case 'insufficient':
        return '·';
    }
  });

  protected readonly view = computed(() => {
    const difference = this.difference();
    if (difference.status === 'insufficient') {
      return null;
    }
    const unit = this.unit();
    return {
      value: formatChange(difference.difference, unit),
      interval: `${formatChange(difference.lower, unit)} to ${formatChange(difference.upper, unit)}`,
      lower: difference.lower,
      difference: difference.difference,
      upper: difference.upper,
    };
  });

  protected readonly sampleSizes = computed(() => `${formatSampleSize(this.difference().nA)} vs ${formatSampleSize(this.difference().nB)}`);
}
