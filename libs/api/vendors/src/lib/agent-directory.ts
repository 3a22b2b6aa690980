import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { dialectOf, insertRows, selectInChunks } from '@rapport/api-database';

export interface AgentReference {
  vendorId: string;
  externalId: string;
  displayName: string | null;
}

/**
 * The agents table's exported queries: maps vendor-scoped external agent ids to stored agents, creating the ones seen
 * for the first time, and says whether an agent is a given vendor's.
 */
@Injectable()
export class AgentDirectory {
  static key(vendorId: string, externalId: string): string {
    return `${vendorId}\u001f${externalId}`;
  }

  async resolve(manager: EntityManager, references: AgentReference[]): Promise<Map<string, string>> {
    const wanted = new Map<string, AgentReference>();
    for (const reference of references) {
      wanted.set(AgentDirectory.key(reference.vendorId, reference.externalId), reference);
    }
    const ids = await this.lookup(manager, [...wanted.values()]);
    const missing = [...wanted.entries()].filter(([key]) => !ids.has(key)).map(([, reference]) => reference);
    if (missing.length > 0) {
      await insertRows(
        manager,
        'agents',
        ['id', 'vendor_id', 'external_id', 'display_name'],
        missing.map((agent) => [randomUUID(), agent.vendorId, agent.externalId, agent.displayName]),
        'ON CONFLICT (vendor_id, external_id) DO NOTHING',
      );
      for (const [key, id] of await this.lookup(manager, missing)) {
        ids.set(key, id);
      }
    }
    return ids;
  }

  /** One query per vendor, so the lookup uses the (vendor_id, external_id) index. */
  private async lookup(manager: EntityManager, references: AgentReference[]): Promise<Map<string, string>> {
    const byVendor = new Map<string, Set<string>>();
    for (const reference of references) {
      const ids = byVendor.get(reference.vendorId) ?? new Set<string>();
      ids.add(reference.externalId);
      byVendor.set(reference.vendorId, ids);
    }
    const dialect = dialectOf(manager);
    const found = new Map<string, string>();
    for (const [vendorId, externalIds] of byVendor) {
      const rows = await selectInChunks<{ id: string; external_id: string }>(manager, [...externalIds], (placeholders, chunk) => ({
        sql: `SELECT id, external_id FROM agents WHERE external_id IN (${placeholders}) AND vendor_id = ${dialect.param(chunk.length)}`,
        params: [...chunk, vendorId],
      }));
      for (const row of rows) {
        found.set(AgentDirectory.key(vendorId, row.external_id), row.id);
      }
    }
    return found;
  }

  async belongsTo(manager: EntityManager, agentId: string, vendorId: string): Promise<boolean> {
    const dialect = dialectOf(manager);
    const rows: unknown[] = await manager.query(`SELECT 1 FROM agents WHERE id = ${dialect.param(0)} AND vendor_id = ${dialect.param(1)}`, [agentId, vendorId]);
    return rows.length > 0;
  }
}
