import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@rapport/api-analytics';
import { ReviewsModule } from '@rapport/api-reviews';
import { SettingsModule } from '@rapport/api-settings';
import { VendorsModule } from '@rapport/api-vendors';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ReportSources } from './sources/report-sources';

/** Downloadable reports (the monthly and per-vendor PDFs) over the sources the dashboard reads. */
@Module({
  imports: [AnalyticsModule, ReviewsModule, SettingsModule, VendorsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportSources],
})
export class ReportsModule {}
