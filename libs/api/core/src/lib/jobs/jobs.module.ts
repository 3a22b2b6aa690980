import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../app-config.module';
import type { AppConfig } from '../app-config';
import { BullJobQueue } from './bull-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JOB_QUEUE, JobQueue } from './job-queue';

/** The job queue every feature adds its background work to: BullMQ when REDIS_URL is set, in-process otherwise. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        {
          provide: JOB_QUEUE,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): JobQueue =>
            config.redis ? new BullJobQueue({ url: config.redis.url, prefix: config.redis.prefix, lockMs: config.redis.jobLockMs }) : new InProcessJobQueue(),
        },
      ],
      exports: [JOB_QUEUE],
    };
  }
}
