import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '@rapport/api-analytics';
import { ReviewsModule } from '@rapport/api-reviews';
import { SettingsModule } from '@rapport/api-scoring';
import { VendorsModule } from '@rapport/api-vendors';
import { ReportArchive1765000002000 } from './1765000002000-report-archive.migration';
import { ReportJobs1765000022000 } from './1765000022000-report-jobs.migration';
import { ArchivedReport } from './archive/archived-report.entity';
import { ReportArchiveController } from './archive/report-archive.controller';
import { ReportArchiveService } from './archive/report-archive.service';
import { ReportGenerator } from './archive/report-generator';
import { ReportJobs } from './archive/report-jobs';
import { ReportSchedule } from './archive/report-schedule';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ReportSources } from './sources/report-sources';

export const REPORT_MIGRATIONS = [ReportArchive1765000002000, ReportJobs1765000022000];

/** Reports (the monthly and per-vendor PDFs) over the sources the dashboard reads, and their archive and schedule. */
@Module({
  imports: [TypeOrmModule.forFeature([ArchivedReport]), AnalyticsModule, ReviewsModule, SettingsModule, VendorsModule],
  // The archive first: its fixed paths must not be taken by anything broader.
  controllers: [ReportArchiveController, ReportsController],
  providers: [ReportsService, ReportSources, ReportGenerator, ReportArchiveService, ReportSchedule, ReportJobs],
  exports: [ReportArchiveService, ReportSchedule, ReportJobs],
})
export class ReportsModule {}
