export * from './lib/scorecard.routes';
