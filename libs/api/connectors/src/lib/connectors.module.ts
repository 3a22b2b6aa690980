import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@rapport/api-audit';
import { IngestionModule } from '@rapport/api-ingestion';
import { HelpDeskConnectors1765000013000 } from './1765000013000-help-desk-connectors.migration';
import { ConnectorDirectory1765000021100 } from './1765000021100-connector-directory.migration';
import { ConnectorJobs } from './connector-jobs';
import { ConnectorSecrets } from './connector-secrets';
import { ConnectorSettingsService } from './connector-settings.service';
import { ConnectorState } from './connector-state';
import { ConnectorsController } from './connectors.controller';
import { HelpDeskConnectorRow } from './help-desk-connector.entity';
import { ZendeskSync } from './zendesk-sync';

export const CONNECTOR_MIGRATIONS = [HelpDeskConnectors1765000013000, ConnectorDirectory1765000021100];

/** Help-desk connectors: settings, sealed tokens, and syncs that hand what they fetch to the import path. */
@Module({
  imports: [TypeOrmModule.forFeature([HelpDeskConnectorRow]), IngestionModule, AuditModule],
  controllers: [ConnectorsController],
  providers: [ConnectorState, ConnectorSecrets, ZendeskSync, ConnectorJobs, ConnectorSettingsService],
  exports: [ZendeskSync, ConnectorJobs],
})
export class ConnectorsModule {}
