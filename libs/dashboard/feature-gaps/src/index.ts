export * from './lib/gaps.routes';
export * from './lib/model/gap-filters';
export * from './lib/model/gap-cells';
export * from './lib/model/cell-conversations';
