import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, JsonLogger, loadAppConfig } from '@rapport/api-core';
import { ApiModule, configureHttpApp } from '@rapport/api-shell';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig(process.env);
  const logger = new JsonLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { logger, bodyParser: false });
  configureHttpApp(app, config);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  logger.log({ msg: `Rapport is serving on http://localhost:${config.port}`, database: config.database.kind }, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Rapport failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
