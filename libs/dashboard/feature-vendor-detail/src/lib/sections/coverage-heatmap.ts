import { ChangeDetectionStrategy, Component, ElementRef, inject, input, linkedSignal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CoverageGrid } from '../model/coverage-grid';

const HOURS_PER_DAY = 24;
const DAYS = 7;

/** Where an arrow key moves in the week grid: day rows, hour columns, stopping at the edges. */
export function moveInWeek(hourOfWeek: number, key: string): number {
  const day = Math.floor(hourOfWeek / HOURS_PER_DAY);
  const hour = hourOfWeek % HOURS_PER_DAY;
  switch (key) {
    case 'ArrowLeft':
      return day * HOURS_PER_DAY + Math.max(0, hour - 1);
    case 'ArrowRight':
      return day * HOURS_PER_DAY + Math.min(HOURS_PER_DAY - 1, hour + 1);
    case 'ArrowUp':
      return Math.max(0, day - 1) * HOURS_PER_DAY + hour;
    case 'ArrowDown':
      return Math.min(DAYS - 1, day + 1) * HOURS_PER_DAY + hour;
    case 'Home':
      return day * HOURS_PER_DAY;
    case 'End':
      return day * HOURS_PER_DAY + HOURS_PER_DAY - 1;
    default:
      return hourOfWeek;
  }
}

/**
 * The hour-of-week heatmap as a real table: day rows, hour columns, each cell a link to its conversations whose
 * accessible name says everything. One tab stop for the grid; arrow keys move between hours. Shade is never the
 * only signal: every cell prints its value.
 */
@Component({
  selector: 'rp-coverage-heatmap',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll" tabindex="0" role="region" aria-label="Coverage heatmap">
      <table class="heatmap" data-testid="coverage-heatmap">
        <caption class="rp-visually-hidden">
          {{ grid().measureLabel }} per hour of the week, {{ grid().timeZone }} time. Arrow keys move between hours{{ linked() ? "; Enter opens the hour's conversations" : '' }}.
        </caption>
        <thead>
          <tr>
            <th scope="col" class="corner"><span class="rp-visually-hidden">Day</span></th>
            @for (hour of grid().hours; track hour) {
              <th scope="col" class="hour">{{ hour }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of grid().rows; track row.day) {
            <tr>
              <th scope="row" class="day"><abbr [title]="row.day">{{ row.short }}</abbr></th>
              @for (cell of row.cells; track cell.hourOfWeek) {
                <td class="slot" [class.slot--promised]="cell.promised === true" [attr.data-promised]="cell.promised">
                  <a
                    class="cell"
                    [class]="cell.level === null ? 'cell cell--none' : 'cell cell--' + cell.level"
                    [routerLink]="linked() ? cell.link.path : null"
                    [queryParams]="cell.link.queryParams"
                    [attr.role]="linked() ? null : 'img'"
                    [attr.aria-label]="cell.label"
                    [attr.title]="cell.label"
                    [attr.data-hour]="cell.hourOfWeek"
                    [tabIndex]="cell.hourOfWeek === active() ? 0 : -1"
                    (focus)="active.set(cell.hourOfWeek)"
                    (keydown)="move($event, cell.hourOfWeek)"
                    >{{ cell.text }}</a
                  >
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="legend">
      <span class="swatch cell--0" aria-hidden="true"></span> {{ grid().legend.lightest }}
      <span class="ramp" aria-hidden="true">
        @for (level of levels; track level) {
          <span class="swatch" [class]="'swatch cell--' + level"></span>
        }
      </span>
      {{ grid().legend.darkest }}
      <span class="swatch cell--none" aria-hidden="true">–</span> not enough data
      @if (grid().promise; as promise) {
        <span class="promise-key" data-testid="promise-key"><span class="swatch swatch--promised" aria-hidden="true"></span> bar above: promised hours · {{ promise }}</span>
      }
    </p>
  `,
  styles: `
    .scroll {
      position: relative;
      overflow-x: auto;
    }
    .heatmap {
      border-collapse: separate;
      border-spacing: 2px;
      font-size: var(--rp-font-size-xs);
      font-variant-numeric: tabular-nums;
    }
    .hour {
      font-weight: normal;
      color: var(--rp-color-text-muted);
      text-align: center;
    }
    .day {
      padding-right: var(--rp-space-2);
      text-align: left;
      font-weight: var(--rp-font-weight-medium);
    }
    .day abbr {
      text-decoration: none;
    }
    .slot {
      padding: 0;
    }
    .cell {
      display: flex;
      align-items: center;
      justify-content: center;
      min-width: 2.1rem;
      height: 1.9rem;
      border-radius: 3px;
      color: var(--rp-color-text);
      text-decoration: none;
    }
    .cell:hover {
      outline: 2px solid var(--rp-color-text);
    }
    /* One hue (Okabe–Ito blue) from light to dark: readable by every colour vision, with text contrast kept. */
    .cell--0 {
      background: #f1f5f9;
    }
    .cell--1 {
      background: #d3e6f3;
    }
    .cell--2 {
      background: #9cc6e3;
    }
    .cell--3 {
      /* White on it keeps 5:1 (the lighter #3f8fc4 gave 3.5:1, under WCAG AA for text this small). */
      background: #2a74a8;
      color: #ffffff;
    }
    .cell--4 {
      background: #005a8c;
      color: #ffffff;
    }
    .cell--none {
      background: repeating-linear-gradient(45deg, #ffffff, #ffffff 3px, #e6e8ec 3px, #e6e8ec 6px);
      color: var(--rp-color-text-muted);
    }
    /* Promised hours carry a dark bar above the cell: a shape, not a colour, so the mark survives any shade. */
    .slot--promised {
      box-shadow: inset 0 3px 0 var(--rp-color-text);
      padding-top: 3px;
    }
    .swatch--promised {
      box-shadow: inset 0 3px 0 var(--rp-color-text);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--rp-space-2);
      margin-top: var(--rp-space-3);
      font-size: var(--rp-font-size-xs);
      color: var(--rp-color-text-muted);
    }
    .ramp {
      display: inline-flex;
      gap: 2px;
    }
    .swatch {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 1rem;
      height: 1rem;
      border-radius: 2px;
      border: 1px solid var(--rp-color-border);
    }
  `,
})
export class CoverageHeatmap {
  readonly grid = input.required<CoverageGrid>();
  /** Whether the viewer may open conversations (executives may not): the cells are then not links. */
  readonly linked = input(true);

  protected readonly levels = [1, 2, 3, 4];
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The hour holding the grid's one tab stop: Monday 00:00 until the user moves. */
  protected readonly active = linkedSignal(() => {
    this.grid();
    return 0;
  });

  protected move(event: KeyboardEvent, from: number): void {
    const target = moveInWeek(from, event.key);
    if (target === from) {
      return;
    }
    event.preventDefault();
    this.active.set(target);
    this.host.nativeElement.querySelector<HTMLElement>(`[data-hour="${target}"]`)?.focus();
  }
}
