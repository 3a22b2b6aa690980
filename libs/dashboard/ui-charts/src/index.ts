export * from './lib/chart-palette';
export * from './lib/chart-table';
export * from './lib/chart-figure';
export * from './lib/provide-rapport-charts';
export * from './lib/chart-panel';
export * from './lib/trend-chart';
