export * from './lib/column-types';
export * from './lib/database-options';
export * from './lib/database.module';
export * from './lib/sql-dialect';
export * from './lib/vendor-scope';
export * from './lib/transient-error';
export * from './lib/ingestion-lock';
