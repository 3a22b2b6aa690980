import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { StatEstimate } from '@rapport/contracts';
import { StatTable, type StatTableRow } from './stat-table';

const OK: StatEstimate = { status: 'ok', estimate: 81.2, lower: 78, upper: 84.5, n: 240, method: 'student-t' };
const THIN: StatEstimate = { status: 'insufficient', estimate: null, lower: null, upper: null, n: 9, method: 'student-t' };

@Component({
  imports: [StatTable],
  template: `<rp-stat-table label="Trend table" caption="Scores per month" rowHeader="Month" testId="trend-table" [columns]="columns" [rows]="rows" />`,
})
class Host {
  readonly columns = ['Lisboa Contact', 'Manila Desk'];
  readonly rows: StatTableRow[] = [
    { label: 'Apr 2025', cells: [OK, null] },
    { label: 'May 2025', cells: [THIN, OK] },
  ];
}

describe('StatTable', () => {
  it('lays out an estimate per row and column, in words where there is too little data or none', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const table = element.querySelector('table[data-testid="trend-table"]') as HTMLTableElement;

    expect(table.closest('[role="region"]')?.getAttribute('aria-label')).toBe('Trend table');
    expect(table.caption?.textContent).toBe('Scores per month');
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.textContent)).toEqual(['Month', 'Lisboa Contact', 'Manila Desk']);
    const rows = Array.from(table.querySelectorAll('tbody tr'), (row) => Array.from(row.children, (cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      ['Apr 2025', '81.295% interval 78.0–84.5n = 240', 'No conversations'],
      ['May 2025', 'Not enough datan = 9', '81.295% interval 78.0–84.5n = 240'],
    ]);
  });
});
