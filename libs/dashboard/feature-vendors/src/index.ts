export * from './lib/vendors.routes';
export * from './lib/volume/monthly-volume-chart';
