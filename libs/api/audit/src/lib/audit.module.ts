import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { Audit1764000000410 } from './1764000000410-audit.migration';
import { AuditNoTruncate1764000000910 } from './1764000000910-audit-no-truncate.migration';

export const AUDIT_MIGRATIONS = [Audit1764000000410, AuditNoTruncate1764000000910];

/** Import it to record: `audit.record({ actor: principal, action: 'review.create', target: { type: 'review', id } })`. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
