import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ReviewedScoreDto } from '@rapport/contracts';
import { formatInterval, formatMetricValue, formatSampleSize } from './stat-format';

export const NOT_ENOUGH_REVIEWS = 'Not enough reviews';
export const NO_REVIEWS = 'No reviews';

/** How a reviewed QA score reads: value, 95% interval and n; "Not enough reviews" under the minimum; "No reviews". */
export interface ReviewedScoreText {
  value: string | null;
  interval: string | null;
  /** Shown instead of a value: not enough reviews, or none. */
  note: string | null;
  n: string;
}

/** Pure: the words and numbers of a vendor's reviewed QA score (null: the vendor has no submitted review). */
export function reviewedScoreText(score: ReviewedScoreDto | null | undefined): ReviewedScoreText {
  if (!score) {
    return { value: null, interval: null, note: NO_REVIEWS, n: formatSampleSize(0) };
  }
  if (score.status === 'insufficient' || score.mean === null) {
    return { value: null, interval: null, note: NOT_ENOUGH_REVIEWS, n: formatSampleSize(score.n) };
  }
  return {
    value: formatMetricValue(score.mean, 'score'),
    interval: score.lower === null || score.upper === null ? null : formatInterval(score.lower, score.upper, 'score'),
    note: null,
    n: formatSampleSize(score.n),
  };
}

/** A vendor's reviewed QA score as a table cell, beside the automatic scores: text only, never a bar. */
@Component({
  selector: 'rp-reviewed-score-cell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let shown = text();
    @if (shown.value !== null) {
      <span class="line">
        <span class="value" data-testid="reviewed-value">{{ shown.value }}</span>
        @if (shown.interval) {
          <span class="interval"><span class="rp-visually-hidden">95% interval </span>{{ shown.interval }}</span>
        }
      </span>
    } @else {
      <span class="insufficient" data-testid="reviewed-note">{{ shown.note }}</span>
    }
    <span class="n">{{ shown.n }}</span>
  `,
  styleUrl: './stat-text.scss',
  styles: `
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
export class ReviewedScoreCell {
  /** Null or undefined: the vendor has no submitted review in the period. */
  readonly score = input<ReviewedScoreDto | null | undefined>(null);

  protected readonly text = computed(() => reviewedScoreText(this.score()));
}
