import { type HeatmapCell, type HeatmapRow, type HeatmapTone, moveInGrid } from './heatmap-model';

const cell = (key: string, tone: HeatmapTone = 'neutral'): HeatmapCell => ({ key, tone, value: '1', note: '', marker: '', label: key, details: [] });

// 3 × 3 grid; '-' marks a cell without data.
function grid(...lines: string[]): HeatmapRow[] {
  return lines.map((line, row) => ({
    key: `r${row}`,
    label: `Row ${row}`,
    cells: line.split(' ').map((mark, column) => cell(`${row}-${column}`, mark === '-' ? 'missing' : 'neutral')),
  }));
}

describe('moveInGrid', () => {
  const rows = grid('x x x', 'x - x', 'x x -');

  it.each<[string, { row: number; column: number }, Parameters<typeof moveInGrid>[2], { row: number; column: number }]>([
    ['right', { row: 0, column: 0 }, 'ArrowRight', { row: 0, column: 1 }],
    ['down', { row: 0, column: 0 }, 'ArrowDown', { row: 1, column: 0 }],
    ['left at the edge stays', { row: 0, column: 0 }, 'ArrowLeft', { row: 0, column: 0 }],
    ['up at the edge stays', { row: 0, column: 2 }, 'ArrowUp', { row: 0, column: 2 }],
    ['over a cell without data', { row: 1, column: 0 }, 'ArrowRight', { row: 1, column: 2 }],
    ['down over a cell without data', { row: 0, column: 1 }, 'ArrowDown', { row: 2, column: 1 }],
    ['stays when only empty cells lie ahead', { row: 1, column: 2 }, 'ArrowDown', { row: 1, column: 2 }],
    ['home goes to the first cell with data', { row: 2, column: 1 }, 'Home', { row: 2, column: 0 }],
    ['end goes to the last cell with data', { row: 2, column: 0 }, 'End', { row: 2, column: 1 }],
  ])('moves %s', (_case, from, key, expected) => {
    expect(moveInGrid(rows, from, key)).toEqual(expected);
  });

  it('stays put in an empty grid', () => {
    expect(moveInGrid([], { row: 0, column: 0 }, 'ArrowRight')).toEqual({ row: 0, column: 0 });
  });
});
