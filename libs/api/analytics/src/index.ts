export * from './lib/analytics.module';
export * from './lib/analytics.service';
export * from './lib/rollups/rollup-maintainer';
export * from './lib/rollups/rollup-measures';
export * from './lib/rollups/rollup-store';
export * from './lib/rollups/rollup-tables';
export * from './lib/facts/facts-row';
export * from './lib/facts/conversation-facts';
