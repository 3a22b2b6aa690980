import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type IntervalScale, intervalGeometry, referencePosition } from './interval-scale';

/**
 * A 95% interval drawn on a shared axis: the band is the interval, the tick the estimate, the dashed line a
 * reference such as zero. Decorative: the text beside it carries the numbers.
 */
@Component({
  selector: 'rp-interval-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg class="bar" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line class="axis" x1="0" x2="100" y1="7" y2="7" />
      @if (referenceAt(); as at) {
        <line class="reference" [attr.x1]="at" [attr.x2]="at" y1="0" y2="14" />
      }
      <rect class="band" [attr.x]="geometry().start" y="3" [attr.width]="bandWidth()" height="8" rx="1" />
      <rect class="point" [attr.x]="geometry().point - 0.75" y="0" width="1.5" height="14" />
    </svg>
  `,
  styles: `
    :host {
      display: block;
      width: 100%;
      min-width: 4rem;
    }
    .bar {
      display: block;
      width: 100%;
      height: 0.875rem;
      overflow: visible;
    }
    .axis {
      stroke: var(--rp-color-border);
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }
    .reference {
      stroke: var(--rp-color-text-muted);
      stroke-width: 1;
      stroke-dasharray: 2 2;
      vector-effect: non-scaling-stroke;
    }
    .band {
      fill: var(--rp-interval-band, rgb(0 114 178 / 30%));
    }
    .point {
      fill: var(--rp-interval-point, var(--rp-color-accent-strong));
    }
  `,
})
export class IntervalBar {
  readonly scale = input.required<IntervalScale>();
  readonly lower = input.required<number>();
  readonly estimate = input.required<number>();
  readonly upper = input.required<number>();
  /** A value to mark on the axis, e.g. 0 for a difference. */
  readonly reference = input<number | null>(null);

  protected readonly geometry = computed(() => intervalGeometry(this.scale(), this.lower(), this.estimate(), this.upper()));
  protected readonly bandWidth = computed(() => Math.max(this.geometry().end - this.geometry().start, 0.5));
  /** Position as a string so a reference at the very start (0) still renders. */
  protected readonly referenceAt = computed(() => {
    const reference = this.reference();
    const position = reference === null ? null : referencePosition(this.scale(), reference);
    return position === null ? null : String(position);
  });
}
