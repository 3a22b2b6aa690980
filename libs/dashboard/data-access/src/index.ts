export * from './lib/http/load-state';
export * from './lib/http/to-load-error';
export * from './lib/vendors/vendors-api';
export * from './lib/vendors/vendors-store';
