import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@rapport/api-audit';
import { ScoringModule } from './scoring.module';
import { Setting } from './setting.entity';
import { ScoringSettingsService } from './scoring-settings.service';
import { ReportSettingsService } from './report-settings.service';
import { ScorerCardController } from './scorer-card.controller';
import { ScorerCardService } from './scorer-card.service';
import { SettingsController } from './settings.controller';
import { Settings1764000000650 } from './1764000000650-settings.migration';

export const SETTINGS_MIGRATIONS = [Settings1764000000650];

/** The settings API; scoring itself reads the saved settings through `ScoringSettingsReader` (ScoringModule). */
@Module({
  imports: [TypeOrmModule.forFeature([Setting]), AuditModule, ScoringModule],
  controllers: [SettingsController, ScorerCardController],
  providers: [ScoringSettingsService, ScorerCardService, ReportSettingsService],
  exports: [ScoringSettingsService, ScorerCardService, ReportSettingsService],
})
export class SettingsModule {}
