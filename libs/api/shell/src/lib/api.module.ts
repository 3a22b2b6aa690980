import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule, JobsModule } from '@rapport/api-core';
import { ANALYTICS_MIGRATIONS, AnalyticsModule } from '@rapport/api-analytics';
import { AUDIT_MIGRATIONS, AuditModule } from '@rapport/api-audit';
import { AUTH_MIGRATIONS, AuthModule } from '@rapport/api-auth';
import { CONNECTOR_MIGRATIONS, ConnectorsModule } from '@rapport/api-connectors';
import { CONVERSATION_MIGRATIONS, ConversationsModule } from '@rapport/api-conversations';
import { DatabaseModule } from '@rapport/api-database';
import { DemoModule } from '@rapport/api-demo';
import { ExportsModule } from '@rapport/api-exports';
import { HealthModule } from '@rapport/api-health';
import { INGESTION_MIGRATIONS, IngestionModule } from '@rapport/api-ingestion';
import { REPORT_MIGRATIONS, ReportsModule } from '@rapport/api-reports';
import { REVIEW_MIGRATIONS, ReviewsModule } from '@rapport/api-reviews';
import { SETTINGS_MIGRATIONS, SettingsModule } from '@rapport/api-settings';
import { VENDOR_MIGRATIONS, VendorsModule } from '@rapport/api-vendors';

/** Every feature's migrations, in one list; TypeORM orders them by the timestamp in their names. */
export const ALL_MIGRATIONS = [...VENDOR_MIGRATIONS, ...CONVERSATION_MIGRATIONS, ...AUTH_MIGRATIONS, ...AUDIT_MIGRATIONS, ...INGESTION_MIGRATIONS, ...ANALYTICS_MIGRATIONS, ...SETTINGS_MIGRATIONS, ...REVIEW_MIGRATIONS, ...REPORT_MIGRATIONS, ...CONNECTOR_MIGRATIONS];

/** The whole API: configuration, database and feature modules; AuthModule installs the global access guard. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [AppConfigModule.forRoot(config), JobsModule.forRoot(), DatabaseModule.forRoot(ALL_MIGRATIONS), AuthModule, AuditModule, HealthModule, VendorsModule, ConversationsModule, IngestionModule, AnalyticsModule, ReportsModule, ExportsModule, SettingsModule, ReviewsModule, ConnectorsModule, DemoModule],
    };
  }
}
