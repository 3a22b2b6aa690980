export * from './lib/demo-data.seeder';
export * from './lib/demo.module';
export * from './lib/demo-users';
