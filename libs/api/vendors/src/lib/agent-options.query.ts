import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsText, dialectOf, SqlBuilder, whereClause } from '@rapport/api-database';
import type { AgentOptionDto } from '@rapport/contracts';

interface AgentOptionRow {
  id: string;
  external_id: string;
  display_name: string | null;
  vendor_id: string;
  vendor_slug: string;
  vendor_name: string;
}

/**
 * Agents to pick from for the conversation list's agent filter: those of the given vendors whose external id or
 * display name contains the text (or whose id is the text, so a drill-down link's agent can be named), by name.
 */
@Injectable()
export class AgentOptionsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `vendorIds`: null is every vendor, an empty list is none. */
  async run(vendorIds: readonly string[] | null, text: string | undefined, limit: number): Promise<AgentOptionDto[]> {
    const dialect = dialectOf(this.dataSource.manager);
    const sql = new SqlBuilder(dialect);
    const conditions = sql.vendorsIn('a.vendor_id', vendorIds);
    if (text) {
      conditions.push(
        `(${containsText(sql, dialect, 'a.external_id', text)} OR ${containsText(sql, dialect, 'a.display_name', text)} OR a.id = ${sql.param(text)})`,
      );
    }
    const rows: AgentOptionRow[] = await this.dataSource.query(
      `SELECT a.id, a.external_id, a.display_name, v.id AS vendor_id, v.slug AS vendor_slug, v.name AS vendor_name
         FROM agents a JOIN vendors v ON v.id = a.vendor_id
         ${whereClause(conditions)}
         ORDER BY LOWER(COALESCE(a.display_name, a.external_id)), a.external_id, v.name, a.id
         LIMIT ${limit}`,
      sql.params,
    );
    return rows.map((row) => ({
      id: row.id,
      externalId: row.external_id,
      displayName: row.display_name,
      vendor: { id: row.vendor_id, slug: row.vendor_slug, name: row.vendor_name },
    }));
  }
}
