import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CategoryScale, type ChartConfiguration, LineController, LineElement, LinearScale, PointElement } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartFigure } from './chart-figure';
import { provideRapportCharts } from './provide-rapport-charts';

const CONFIG: ChartConfiguration<'line'> = {
  type: 'line',
  data: {
    labels: ['Jan 2025', 'Feb 2025'],
    datasets: [
      { label: 'Lisboa Contact', data: [1200, 80] },
      { label: 'Manila Desk', data: [300, 310] },
    ],
  },
};

@Component({
  imports: [ChartFigure],
  template: `<rp-chart-figure categoryHeader="Month" testId="volume" label="Conversations per vendor per month" [config]="config()" />`,
})
class Host {
  readonly config = signal(CONFIG);
}

describe('ChartFigure', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRapportCharts(LineController, LineElement, PointElement, CategoryScale, LinearScale)],
    });
  });

  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element };
  }

  it('draws the configured chart on a labelled canvas', () => {
    const { fixture, element } = render();
    const canvas = element.querySelector('canvas[data-testid="volume"]');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('Conversations per vendor per month');

    const chart = fixture.debugElement.query((node) => node.name === 'canvas').injector.get(BaseChartDirective).chart;
    expect(chart?.config).toMatchObject({ type: 'line' });
    expect(chart?.data.datasets.map((dataset) => dataset.label)).toEqual(['Lisboa Contact', 'Manila Desk']);
  });

  it('offers the same numbers as a table inside a disclosure', () => {
    const { element } = render();
    const table = element.querySelector('details [data-testid="volume-table"]') as HTMLTableElement;
    expect(element.querySelector('details summary')?.textContent).toBe("Show the chart's data as a table");
    expect(table.caption?.textContent?.trim()).toBe('Conversations per vendor per month');
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.textContent)).toEqual(['Month', 'Lisboa Contact', 'Manila Desk']);
    expect(Array.from(table.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (cell) => cell.textContent))).toEqual([
      ['Jan 2025', '1,200', '300'],
      ['Feb 2025', '80', '310'],
    ]);
  });

  it('updates the table when the configuration changes', () => {
    const { fixture, element } = render();
    fixture.componentInstance.config.set({ ...CONFIG, data: { labels: ['Mar 2025'], datasets: [{ label: 'Nordic Care', data: [5] }] } });
    fixture.detectChanges();
    const rows = Array.from(element.querySelectorAll('tbody tr'), (tr) => tr.textContent);
    expect(rows).toEqual(['Mar 20255']);
  });
});
