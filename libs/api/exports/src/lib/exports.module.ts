import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@rapport/api-analytics';
import { AuditModule } from '@rapport/api-audit';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** CSV and Excel downloads of the dashboard's tables, over the analytics read model. */
@Module({
  imports: [AnalyticsModule, AuditModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
