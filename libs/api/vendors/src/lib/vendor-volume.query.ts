import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MonthlyVolumeDto } from '@rapport/contracts';

/** Conversations per vendor per month, straight from the conversations table. */
@Injectable()
export class VendorVolumeQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<MonthlyVolumeDto[]> {
    const rows: Array<{ vendor_id: string; month: string; conversations: string | number }> = await this.dataSource.query(
      `SELECT vendor_id, substr(created_at, 1, 7) AS month, COUNT(*) AS conversations
         FROM conversations
        GROUP BY vendor_id, substr(created_at, 1, 7)
        ORDER BY month, vendor_id`,
    );
    // PostgreSQL returns COUNT(*) as a string (bigint).
    return rows.map((row) => ({ vendorId: row.vendor_id, month: row.month, conversations: Number(row.conversations) }));
  }
}
