import { TestBed } from '@angular/core/testing';
import { ExportButtons, withFormat } from './export-buttons';

describe('withFormat', () => {
  it('adds the format to a URL with or without a query', () => {
    expect(withFormat('/api/exports/gaps', 'xlsx')).toBe('/api/exports/gaps?format=xlsx');
    expect(withFormat('/api/exports/scorecard?month=2026-05', 'csv')).toBe('/api/exports/scorecard?month=2026-05&format=csv');
  });
});

describe('ExportButtons', () => {
  it('links the CSV and Excel downloads in a named group, and shows nothing without a URL', async () => {
    const fixture = TestBed.createComponent(ExportButtons);
    fixture.componentRef.setInput('url', '/api/exports/scorecard?month=2026-05');
    fixture.componentRef.setInput('what', 'the ranking');
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[role=group]')?.getAttribute('aria-label')).toBe('Export the ranking');
    expect(element.querySelector('[data-testid=export-csv]')?.getAttribute('href')).toBe('/api/exports/scorecard?month=2026-05&format=csv');
    expect(element.querySelector('[data-testid=export-xlsx]')?.getAttribute('href')).toBe('/api/exports/scorecard?month=2026-05&format=xlsx');
    fixture.componentRef.setInput('url', null);
    await fixture.whenStable();
    expect(element.querySelector('a')).toBeNull();
  });
});
