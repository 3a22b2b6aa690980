import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@rapport/api-audit';
import { APP_CONFIG, AppConfig, JOB_QUEUE, JobQueue } from '@rapport/api-core';
import { ConversationsModule } from '@rapport/api-conversations';
import { ScoringModule } from '@rapport/api-scoring';
import { ColumnMapping } from './column-mapping.entity';
import { ConversationBatchService } from './conversation-batch.service';
import { ConversationsController } from './conversations.controller';
import { ColumnMappingsService } from './column-mappings.service';
import { ImportJobError } from './import-job-error.entity';
import { ImportJob } from './import-job.entity';
import { ImportJobStore } from './import-job.store';
import { DistributedImportQueue } from './distributed-import-queue';
import { IMPORT_QUEUE, InProcessImportQueue } from './import-queue';
import { ImportRecovery } from './import-recovery';
import { ImportRunner } from './import-runner';
import { importStorageDir } from './import-storage';
import { MAX_IMPORT_FILES } from './import-parts';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { UploadAdmissionInterceptor } from './upload-admission.interceptor';
import { privateDiskStorage } from './upload-storage';
import { SurveyBatchService } from './survey-batch.service';
import { SurveysController } from './surveys.controller';
import { Ingestion1764000000300 } from './1764000000300-ingestion.migration';
import { ImportNotices1764000000920 } from './1764000000920-import-notices.migration';
import { ImportParts1765000021000 } from './1765000021000-import-parts.migration';
import { ImportJobAttempts1765000022200 } from './1765000022200-import-job-attempts.migration';

export const INGESTION_MIGRATIONS = [Ingestion1764000000300, ImportNotices1764000000920, ImportParts1765000021000, ImportJobAttempts1765000022200];
export const INGESTION_ENTITIES = [ImportJob, ImportJobError, ColumnMapping];

@Module({
  imports: [
    TypeOrmModule.forFeature(INGESTION_ENTITIES),
    ConversationsModule,
    ScoringModule,
    AuditModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // Streams each upload to a new private file there; the import reads it from disk in bounded memory.
      useFactory: (config: AppConfig) => ({
        storage: privateDiskStorage(importStorageDir(config)),
        limits: { fileSize: config.uploads.maxBytes, files: MAX_IMPORT_FILES, fields: 20, fieldSize: 100_000 },
      }),
    }),
  ],
  // The REST batch routes (`POST /api/conversations/batch`, `POST /api/surveys/batch`) beside file imports.
  controllers: [ImportsController, ConversationsController, SurveysController],
  providers: [
    ConversationBatchService,
    SurveyBatchService,
    ImportJobStore,
    ImportRunner,
    ImportsService,
    ColumnMappingsService,
    ImportRecovery,
    UploadAdmissionInterceptor,
    InProcessImportQueue,
    DistributedImportQueue,
    // Same interface either way: with REDIS_URL the job goes to BullMQ and a worker process runs it.
    {
      provide: IMPORT_QUEUE,
      inject: [JOB_QUEUE, InProcessImportQueue, DistributedImportQueue],
      useFactory: (jobs: JobQueue, local: InProcessImportQueue, distributed: DistributedImportQueue) => (jobs.distributed ? distributed : local),
    },
  ],
  exports: [ImportJobStore, ImportRunner, IMPORT_QUEUE],
})
export class IngestionModule {}
