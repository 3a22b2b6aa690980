import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, linkedSignal, output } from '@angular/core';
import { HEATMAP_LEGEND, type HeatmapModel, moveInGrid } from './heatmap-model';

type GridKey = Parameters<typeof moveInGrid>[2];
const GRID_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * A heatmap drawn as a real table of buttons: rows and columns have headers, each cell says everything in its
 * accessible name, and the arrow keys move between cells (one tab stop for the whole grid). Colour is never the
 * only signal: flagged cells carry a marker and insufficient ones say so in words.
 */
@Component({
  selector: 'rp-heatmap',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './heatmap.html',
  styleUrl: './heatmap.scss',
})
export class Heatmap {
  readonly model = input.required<HeatmapModel>();
  /** Key of the chosen cell, shown pressed. */
  readonly selectedKey = input<string | null>(null);
  readonly caption = input.required<string>();
  readonly testId = input<string>();
  readonly cellSelected = output<string>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly legend = HEATMAP_LEGEND;

  /** The cell holding the grid's single tab stop: the selected one, else the first with data. */
  protected readonly active = linkedSignal(() => {
    const rows = this.model().rows;
    const selected = this.selectedKey();
    let first: { row: number; column: number } | null = null;
    for (const [row, line] of rows.entries()) {
      for (const [column, cell] of line.cells.entries()) {
        if (cell.key === selected) {
          return { row, column };
        }
        if (!first && cell.tone !== 'missing') {
          first = { row, column };
        }
      }
    }
    return first ?? { row: 0, column: 0 };
  });

  protected readonly hasCells = computed(() => this.model().rows.some((row) => row.cells.length > 0));

  protected isActive(row: number, column: number): boolean {
    const active = this.active();
    return active.row === row && active.column === column;
  }

  protected onKeydown(event: KeyboardEvent, row: number, column: number): void {
    if (!GRID_KEYS.has(event.key)) {
      return;
    }
    event.preventDefault();
    const target = moveInGrid(this.model().rows, { row, column }, event.key as GridKey);
    this.active.set(target);
    this.host.nativeElement.querySelector<HTMLElement>(`[data-cell="${target.row}-${target.column}"]`)?.focus();
  }

  protected choose(row: number, column: number, key: string): void {
    this.active.set({ row, column });
    this.cellSelected.emit(key);
  }

  protected detailText(details: readonly string[]): string {
    return details.join('\n');
  }
}
