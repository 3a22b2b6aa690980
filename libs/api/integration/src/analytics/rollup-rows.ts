import type { TestApi } from '@rapport/api-testing';

/**
 * Every rollup row as text in a stable order, numbers to 12 significant digits to absorb summation order (sums of
 * squares reach 10^7 and more, where batch-wise and whole sums differ in the sixth decimal).
 */
export async function rollupRows(api: TestApi): Promise<string[]> {
  const rows: Array<Record<string, unknown>> = [
    ...(await api.dataSource.query('SELECT * FROM analytics_daily_rollups')),
    ...(await api.dataSource.query('SELECT * FROM analytics_monthly_rollups')),
  ];
  const cell = (value: unknown) => (typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) ? Number(Number(value).toPrecision(12)) : value);
  return rows.map((row) => JSON.stringify(Object.keys(row).sort().map((key) => [key, cell(row[key])]))).sort();
}
