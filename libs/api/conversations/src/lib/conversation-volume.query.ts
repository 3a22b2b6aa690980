import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MonthlyVolumeDto } from '@rapport/contracts';
import { dialectOf, VendorScope, vendorScopeClause } from '@rapport/api-database';
import { VendorVolumeCounter, VendorVolumeSource } from '@rapport/api-vendors';

/** Conversations per vendor per month, straight from the conversations table, within the caller's vendor scope. */
@Injectable()
export class ConversationVolumeQuery implements VendorVolumeCounter, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly source: VendorVolumeSource,
  ) {}

  onModuleInit(): void {
    this.source.register(this);
  }

  async monthlyVolume(scope: VendorScope): Promise<MonthlyVolumeDto[]> {
    const inScope = vendorScopeClause(scope, 'vendor_id', dialectOf(this.dataSource.manager));
    const rows: Array<{ vendor_id: string; month: string; conversations: string | number }> =
      await this.dataSource.query(
        `SELECT vendor_id, substr(created_at, 1, 7) AS month, COUNT(*) AS conversations
         FROM conversations
        WHERE ${inScope.sql}
        GROUP BY vendor_id, substr(created_at, 1, 7)
        ORDER BY month, vendor_id`,
        inScope.params,
      );
    // PostgreSQL returns COUNT(*) as a string (bigint).
    return rows.map((row) => ({ vendorId: row.vendor_id, month: row.month, conversations: Number(row.conversations) }));
  }
}
