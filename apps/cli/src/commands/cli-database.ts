import { DataSource, DataSourceOptions } from 'typeorm';
import { attachRollupMaintainer } from '@rapport/api-analytics';
import { DatabaseConfig, loadAppConfig } from '@rapport/api-core';
import { databaseOptions } from '@rapport/api-database';
import { createIngestionServices, INGESTION_ENTITIES, IngestionServices } from '@rapport/api-ingestion';
import { ALL_MIGRATIONS } from '@rapport/api-shell/migrations';
import { Vendor } from '@rapport/api-vendors';

/**
 * Data source options for command-line processes: every migration of the API and the entities the commands use
 * (vendors included: an import with --create-vendors creates them).
 */
export function commandLineDataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  return databaseOptions(database, { entities: [...INGESTION_ENTITIES, Vendor], migrations: ALL_MIGRATIONS });
}

/** The API's database (DATABASE_URL, default the local SQLite file), migrated like the API does at start-up. */
export async function openDatabase(env: Record<string, string | undefined> = process.env): Promise<DataSource> {
  return new DataSource(commandLineDataSourceOptions(loadAppConfig(env).database)).initialize();
}

/**
 * Import and scoring services wired as the API wires them, including the analytics rollups, which follow every
 * write in its own transaction: what the command line imports or rescores shows on the dashboard at once.
 */
export function commandLineServices(dataSource: DataSource, env: Record<string, string | undefined> = process.env): IngestionServices {
  // The API's keys (CUSTOMER_ID_KEY, CONNECTOR_SECRET_KEY), so imports from the command line hash ids the same way.
  const config = loadAppConfig(env);
  const services = createIngestionServices(dataSource, config.customerIdKey, config.connectors.secretKey);
  attachRollupMaintainer(dataSource, services);
  return services;
}
