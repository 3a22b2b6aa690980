export * from './lib/settings.routes';
export * from './lib/model/vendor-draft';
export * from './lib/model/duration-units';
