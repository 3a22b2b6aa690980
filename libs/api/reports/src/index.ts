export * from './lib/reports.module';
export * from './lib/reports.service';
export * from './lib/scorecard-report';
export * from './lib/scorecard-pdf';
export * from './lib/pdf-text';
export * from './lib/vendor-report';
