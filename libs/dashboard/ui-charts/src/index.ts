export * from './lib/chart-palette';
export * from './lib/chart-table';
export * from './lib/chart-figure';
export * from './lib/provide-rapport-charts';
