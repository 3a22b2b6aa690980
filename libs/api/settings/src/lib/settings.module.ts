import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@rapport/api-audit';
import { Setting } from './setting.entity';
import { ScoringSettingsService } from './scoring-settings.service';
import { SettingsController } from './settings.controller';
import { Settings1764000000650 } from './1764000000650-settings.migration';

export const SETTINGS_MIGRATIONS = [Settings1764000000650];

/** Import it to read the scoring settings: `inject ScoringSettingsService` and call `current()`. */
@Module({
  imports: [TypeOrmModule.forFeature([Setting]), AuditModule],
  controllers: [SettingsController],
  providers: [ScoringSettingsService],
  exports: [ScoringSettingsService],
})
export class SettingsModule {}
