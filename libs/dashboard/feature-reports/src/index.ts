export * from './lib/reports.routes';
export * from './lib/model/report-rows';
