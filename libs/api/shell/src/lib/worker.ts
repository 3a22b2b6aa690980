import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, BullJobQueue, ConfigError, JOB_QUEUE } from '@rapport/api-core';
import { ApiModule } from './api.module';

/**
 * A worker process: the same modules as the API without HTTP, running the jobs the API instances queue in Redis
 * (imports, scoring, rescoring). It never loads demo data; the API migrates the database before workers start.
 */
export async function startWorker(config: AppConfig, logger: LoggerService): Promise<INestApplicationContext> {
  if (!config.redis) {
    throw new ConfigError(['REDIS_URL: a worker takes its jobs from Redis; set REDIS_URL to the same value as the API']);
  }
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot({ ...config, role: 'worker', demoData: false }), { logger });
  app.enableShutdownHooks();
  app.get<BullJobQueue>(JOB_QUEUE).startWorker(config.workerConcurrency);
  return app;
}
