export * from './lib/exports.module';
export * from './lib/exports.service';
export * from './lib/table-writer';
