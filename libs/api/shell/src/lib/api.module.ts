import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule, JobsModule } from '@rapport/api-core';
import { ALL_MIGRATIONS } from '../migrations';
import { AnalyticsModule } from '@rapport/api-analytics';
import { AuditModule } from '@rapport/api-audit';
import { AuthModule } from '@rapport/api-auth';
import { ConnectorsModule } from '@rapport/api-connectors';
import { ConversationsModule } from '@rapport/api-conversations';
import { DatabaseModule } from '@rapport/api-database';
import { DemoModule } from '@rapport/api-demo';
import { ExportsModule } from '@rapport/api-exports';
import { HealthModule } from '@rapport/api-health';
import { IngestionModule } from '@rapport/api-ingestion';
import { ReportsModule } from '@rapport/api-reports';
import { ReviewsModule } from '@rapport/api-reviews';
import { ScoringModule, SettingsModule } from '@rapport/api-scoring';
import { VendorsModule } from '@rapport/api-vendors';


/** The whole API: configuration, database and feature modules; AuthModule installs the global access guard. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [AppConfigModule.forRoot(config), JobsModule.forRoot(), DatabaseModule.forRoot(ALL_MIGRATIONS), AuthModule, AuditModule, HealthModule, VendorsModule, ConversationsModule, ScoringModule, IngestionModule, AnalyticsModule, ReportsModule, ExportsModule, SettingsModule, ReviewsModule, ConnectorsModule, DemoModule],
    };
  }
}
