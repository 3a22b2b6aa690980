export * from './lib/imports.routes';
export * from './lib/model/job-view';
export * from './lib/model/column-mapping';
export * from './lib/model/csv-header';
export * from './lib/model/upload-choices';
