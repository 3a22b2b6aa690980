import 'reflect-metadata';
import { ConfigError, JsonLogger, loadAppConfig } from '@rapport/api-core';
import { startWorker } from '@rapport/api-shell';

/** `npm run worker`: runs queued imports and scoring from Redis; start as many as the load needs, on any machine. */
async function main(): Promise<void> {
  const config = loadAppConfig(process.env);
  const logger = new JsonLogger(config.logLevel);
  await startWorker(config, logger);
  logger.log({ msg: 'Rapport worker is running queued jobs', database: config.database.kind, concurrency: config.workerConcurrency }, 'Worker');
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Rapport worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
