import type { DataSource } from 'typeorm';
import { TicketTranscripts, TranscriptIdentities } from '@rapport/api-conversations';
import { ConversationServices, createConversationServices, VendorProfiles } from '@rapport/api-scoring';
import { FileImporter } from './file-importer';
import { ImportJobStore } from './import-job.store';
import { ImportRunner } from './import-runner';

export interface IngestionServices extends ConversationServices {
  store: ImportJobStore;
  runner: ImportRunner;
  files: FileImporter;
}

/**
 * Import services wired by hand over a data source (the command line and benchmarks do not boot Nest), with the API's
 * keys so customer ids and help-desk user ids are hashed the same way.
 */
export function createIngestionServices(dataSource: DataSource, customerIdKey?: string, connectorSecretKey?: string): IngestionServices {
  const services = createConversationServices(dataSource, undefined, customerIdKey);
  const store = new ImportJobStore(dataSource, services.lock);
  const runner = new ImportRunner(
    dataSource,
    store,
    services.conversations,
    services.surveys,
    services.lock,
    services.scoring,
    new VendorProfiles(),
    new TicketTranscripts(services.written, new TranscriptIdentities(customerIdKey, connectorSecretKey)),
  );
  return { ...services, store, runner, files: new FileImporter(store, runner, services.conversations) };
}
