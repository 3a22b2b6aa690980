import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { dialectOf } from '@rapport/api-database';
import type { ScoringSettingsDto } from '@rapport/contracts';
import { fingerprint } from './fingerprint';
import { readStoredScoringSettings, SCORING_SETTINGS_KEY, ScoringSettingsContext, toScoringContext } from './stored-scoring-settings';

/** One version of the saved scoring settings, as the API shows them and as the scorer uses them. */
export interface ScoringSettingsSnapshot {
  settings: ScoringSettingsDto;
  context: ScoringSettingsContext;
  /** Identifies these settings; stored with every score computed with them. */
  fingerprint: string;
}

/**
 * Reads the saved scoring settings for scoring. The row is read again on every call (one primary-key lookup per
 * scoring batch), so a change saved by another process is picked up at the next batch; the parsed settings are
 * kept per stored version, so an unchanged row costs no parsing or hashing.
 */
@Injectable()
export class ScoringSettingsReader {
  private cached: { stored: string | null; snapshot: ScoringSettingsSnapshot } | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<ScoringSettingsSnapshot> {
    const rows: Array<{ value: string | null }> = await manager.query(`SELECT value FROM settings WHERE key = ${dialectOf(manager).param(0)}`, [SCORING_SETTINGS_KEY]);
    const stored = rows[0]?.value ?? null;
    if (this.cached?.stored !== stored) {
      this.cached = { stored, snapshot: toSnapshot(parseStored(stored)) };
    }
    return this.cached.snapshot;
  }
}

export function toSnapshot(stored: unknown): ScoringSettingsSnapshot {
  const settings = readStoredScoringSettings(stored);
  return { settings, context: toScoringContext(settings), fingerprint: fingerprint(settings) };
}

function parseStored(stored: string | null): unknown {
  if (stored === null) {
    return undefined;
  }
  try {
    return JSON.parse(stored);
  } catch {
    // Unreadable JSON scores with the defaults, like any other part that no longer validates.
    return undefined;
  }
}
