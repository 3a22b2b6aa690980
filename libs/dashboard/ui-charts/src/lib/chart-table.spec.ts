import { toChartTable } from './chart-table';

describe('toChartTable', () => {
  it('puts one row per label and one column per series, in order', () => {
    const table = toChartTable({
      labels: ['Jan 2025', 'Feb 2025'],
      datasets: [
        { label: 'Lisboa Contact', data: [10, 12] },
        { label: 'Manila Desk', data: [30, 0] },
      ],
    });
    expect(table).toEqual({
      series: ['Lisboa Contact', 'Manila Desk'],
      rows: [
        { label: 'Jan 2025', values: [10, 30] },
        { label: 'Feb 2025', values: [12, 0] },
      ],
    });
  });

  it.each([
    ['a missing point', [5], [5, null]],
    ['a null point', [5, null], [5, null]],
    ['a non-finite point', [5, Number.NaN], [5, null]],
    ['an object point', [5, { x: 1, y: 2 }], [5, null]],
  ])('shows %s as no value', (_case, data, expected) => {
    const table = toChartTable({ labels: ['A', 'B'], datasets: [{ label: 'S', data }] });
    expect(table.rows.map((row) => row.values[0])).toEqual(expected);
  });

  it('names unlabelled series by position and stringifies labels', () => {
    const table = toChartTable({ labels: [2024, 2025], datasets: [{ data: [1, 2] }, { data: [3, 4] }] });
    expect(table.series).toEqual(['Series 1', 'Series 2']);
    expect(table.rows.map((row) => row.label)).toEqual(['2024', '2025']);
  });

  it('has no rows without labels', () => {
    expect(toChartTable({ datasets: [{ label: 'S', data: [1] }] })).toEqual({ series: ['S'], rows: [] });
  });
});
