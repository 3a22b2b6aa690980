import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { ActiveElement, ChartConfiguration, ChartEvent, ChartType } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';

/**
 * A chart whose text alternative the page writes itself: for charts whose table needs more than the plotted numbers
 * (intervals, sample sizes, "not enough data" in words). The canvas carries the aria-label; the projected table
 * sits in a disclosure under it.
 */
@Component({
  selector: 'rp-chart-panel',
  imports: [BaseChartDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      <div class="canvas-box" [style.height.px]="height()">
        <canvas
          baseChart
          role="img"
          [type]="config().type"
          [data]="config().data"
          [options]="config().options"
          [attr.aria-label]="label()"
          [attr.data-testid]="testId()"
          [attr.data-series-colours]="seriesColours()"
          (chartClick)="clicked($event)"
        ></canvas>
      </div>
      <details class="alternative" [open]="tableOpen()">
        <summary>{{ summary() }}</summary>
        <ng-content />
      </details>
    </figure>
  `,
  styles: `
    .figure {
      margin: 0;
    }
    .canvas-box {
      position: relative;
      width: 100%;
    }
    /* A wrapping component may set the gap above the table (the chart figure leaves a little more). */
    .alternative {
      margin-top: var(--rp-chart-alternative-gap, var(--rp-space-3));
      font-size: var(--rp-font-size-sm);
    }
    .alternative summary {
      cursor: pointer;
      color: var(--rp-color-accent);
      margin-bottom: var(--rp-space-2);
    }
    @media print {
      .alternative:not([open]) {
        display: none;
      }
    }
  `,
})
export class ChartPanel<TType extends ChartType> {
  readonly config = input.required<ChartConfiguration<TType>>();
  /** What the chart shows, read by screen readers. */
  readonly label = input.required<string>();
  readonly summary = input("Show the chart's data as a table");
  readonly testId = input<string>();
  readonly height = input(260);
  /** Printing opens the table so paper gets the numbers too. */
  readonly tableOpen = input(false);

  /**
   * The point clicked: its series and category. Charts that pick every series at a category (index mode) report the
   * series drawn nearest the pointer, so a click lands on the line the reader aimed at.
   */
  readonly pointClick = output<ChartPoint>();

  protected clicked({ event, active }: { event?: ChartEvent; active?: object[] }): void {
    const point = nearestPoint((active ?? []) as ActiveElement[], event?.y ?? null);
    if (point) {
      this.pointClick.emit(point);
    }
  }

  /** "Lisboa Contact=#0072B2;…": each series' colour, so tests (and curious readers of the markup) can check it. */
  protected readonly seriesColours = computed(() =>
    this.config()
      .data.datasets.map((dataset) => `${dataset.label ?? ''}=${typeof dataset.borderColor === 'string' ? dataset.borderColor : ''}`)
      .join(';'),
  );
}

/** A point of a chart: the index of its series (dataset) and of its category (label). */
export interface ChartPoint {
  series: number;
  index: number;
}

/** Of the elements under a click, the one drawn nearest the pointer's height; the first when the height is unknown. */
export function nearestPoint(active: readonly ActiveElement[], y: number | null): ChartPoint | null {
  let best: ActiveElement | null = null;
  for (const element of active) {
    if (!best || (y !== null && Math.abs(element.element.y - y) < Math.abs(best.element.y - y))) {
      best = element;
    }
  }
  return best ? { series: best.datasetIndex, index: best.index } : null;
}
