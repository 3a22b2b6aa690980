export * from './lib/ingest-formats';
