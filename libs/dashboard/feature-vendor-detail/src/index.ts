export * from './lib/vendor-detail.routes';
