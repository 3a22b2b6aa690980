import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { insertRows, selectInChunks } from '@rapport/api-database';

export interface AgentReference {
  vendorId: string;
  externalId: string;
  displayName: string | null;
}

/** Maps vendor-scoped external agent ids to stored agents, creating the ones seen for the first time. */
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

  private async lookup(manager: EntityManager, references: AgentReference[]): Promise<Map<string, string>> {
    const externalIds = [...new Set(references.map((reference) => reference.externalId))];
    const rows = await selectInChunks<{ id: string; vendor_id: string; external_id: string }>(manager, externalIds, (placeholders, chunk) => ({
      sql: `SELECT id, vendor_id, external_id FROM agents WHERE external_id IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [AgentDirectory.key(row.vendor_id, row.external_id), row.id]));
  }
}
