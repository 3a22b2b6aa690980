import { toTrendChart } from './trend-chart';

describe('toTrendChart', () => {
  const chart = toTrendChart(
    ['Jan 2025', 'Feb 2025', 'Mar 2025'],
    [
      { label: 'Lisboa Contact', values: [80, null, 82] },
      { label: 'Manila Desk', values: [70, 71], styleIndex: 3 },
    ],
    { title: 'CSAT (0–100)', min: 0, max: 100 },
  );

  it('is a line chart with one dataset per series, in order', () => {
    expect(chart.type).toBe('line');
    expect(chart.data.labels).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    expect(chart.data.datasets.map((dataset) => dataset.label)).toEqual(['Lisboa Contact', 'Manila Desk']);
  });

  it('leaves gaps for months without a value, padding short series, and never joins across them', () => {
    expect(chart.data.datasets.map((dataset) => dataset.data)).toEqual([
      [80, null, 82],
      [70, 71, null],
    ]);
    expect(chart.data.datasets.every((dataset) => dataset.spanGaps === false)).toBe(true);
  });

  it('styles series by position unless a stable style index is given', () => {
    expect(chart.data.datasets.map((dataset) => [dataset.borderColor, dataset.pointStyle])).toEqual([
      ['#0072B2', 'circle'],
      ['#D55E00', 'rectRot'],
    ]);
  });

  it('titles and bounds the value axis', () => {
    expect(chart.options?.scales?.['y']).toMatchObject({ min: 0, max: 100, title: { display: true, text: 'CSAT (0–100)' } });
  });
});
