export * from './lib/reports.module';
export * from './lib/reports.service';
export * from './lib/scorecard-report';
export * from './lib/monthly-pdf';
export * from './lib/sources/report-data';
export * from './lib/pdf-text';
