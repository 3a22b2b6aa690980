import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DataTable } from './data-table';
import type { DataTableColumn } from './data-table-column';

interface Site {
  id: string;
  name: string;
  agents: number | null;
}

@Component({
  imports: [DataTable],
  template: `<rp-data-table testId="sites" caption="Sites" [columns]="columns" [rows]="rows()" [rowKey]="key" />`,
})
class Host {
  readonly columns: DataTableColumn<Site>[] = [
    { id: 'name', header: 'Site', cell: (row) => row.name, rowHeader: true, link: (row) => (row.agents === null ? null : ['/sites', row.id]) },
    { id: 'agents', header: 'Agents', cell: (row) => row.agents, numeric: true },
  ];
  readonly rows = signal<Site[]>([
    { id: 's1', name: 'Lisbon', agents: 1250 },
    { id: 's2', name: 'Porto', agents: null },
  ]);
  readonly key = (row: Site): string => row.id;
}

function render() {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const table = fixture.nativeElement.querySelector('[data-testid="sites"]') as HTMLTableElement;
  return { fixture, table };
}

const texts = (elements: NodeListOf<Element>) => Array.from(elements, (element) => element.textContent?.trim());

describe('DataTable', () => {
  it('renders a real table with caption and column headers', () => {
    const { table } = render();
    expect(table.tagName).toBe('TABLE');
    expect(table.caption?.textContent?.trim()).toBe('Sites');
    expect(texts(table.querySelectorAll('thead th[scope="col"]'))).toEqual(['Site', 'Agents']);
  });

  it('names each row with a row header and formats numbers, showing a dash for no value', () => {
    const { table } = render();
    expect(texts(table.querySelectorAll('tbody th[scope="row"]'))).toEqual(['Lisbon', 'Porto']);
    expect(texts(table.querySelectorAll('tbody td'))).toEqual(['1,250', '—']);
  });

  it('right-aligns numeric columns', () => {
    const { table } = render();
    expect(table.querySelector('thead th:nth-child(2)')?.classList).toContain('rp-table__numeric');
    expect(table.querySelector('tbody td')?.classList).toContain('rp-table__numeric');
    expect(table.querySelector('tbody th')?.classList).not.toContain('rp-table__numeric');
  });

  it('follows row changes', () => {
    const { fixture, table } = render();
    fixture.componentInstance.rows.set([{ id: 's3', name: 'Graz', agents: 7 }]);
    fixture.detectChanges();
    expect(texts(table.querySelectorAll('tbody tr'))).toEqual(['Graz7']);
    expect(table.querySelector('tbody tr')?.getAttribute('data-row-key')).toBe('s3');
  });
});

describe('DataTable links', () => {
  it('links a cell to the path its column gives, and leaves it as text when the path is null', () => {
    const { table } = render();
    const headers = Array.from(table.querySelectorAll('tbody th'));
    expect(headers[0]?.querySelector('a')?.getAttribute('href')).toBe('/sites/s1');
    expect(headers[0]?.textContent).toBe('Lisbon');
    expect(headers[1]?.querySelector('a')).toBeNull();
    expect(headers[1]?.textContent).toBe('Porto');
  });
});
