import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { HelpDeskConnectorRow } from './help-desk-connector.entity';

/** The `help_desk_connectors` table, read and written here only. */
@Injectable()
export class ConnectorState {
  constructor(@InjectRepository(HelpDeskConnectorRow) private readonly rows: Repository<HelpDeskConnectorRow>) {}

  get(kind: string): Promise<HelpDeskConnectorRow | null> {
    return this.rows.findOneBy({ kind });
  }

  async save(row: HelpDeskConnectorRow): Promise<void> {
    await this.rows.save(row);
  }

  async update(kind: string, changes: Partial<Omit<HelpDeskConnectorRow, 'kind'>>, now: string): Promise<void> {
    await this.rows.update({ kind }, { ...changes, updatedAt: now });
  }
}
