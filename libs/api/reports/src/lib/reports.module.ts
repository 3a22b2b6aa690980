import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@rapport/api-analytics';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Downloadable reports (the monthly scorecard PDF) over the analytics read model. */
@Module({
  imports: [AnalyticsModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
