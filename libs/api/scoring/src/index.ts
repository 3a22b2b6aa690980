export * from './lib/setting.entity';
export * from './lib/scoring-settings.service';
export * from './lib/settings.module';
export * from './lib/1764000000650-settings.migration';
export * from './lib/report-settings.service';
export * from './lib/scorer-card.service';
