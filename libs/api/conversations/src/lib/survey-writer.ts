import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertRows } from '@rapport/api-database';
import type { CsatScale } from '@rapport/contracts';

export interface SurveyToWrite {
  source: string;
  conversationExternalId: string;
  questionKey: string;
  score: number;
  scale: CsatScale;
  normalized: number;
  satisfied: boolean;
  comment: string | null;
  answeredAt: string;
}

/**
 * Stores answered survey questions once per (source, conversation, question); a survey whose conversation
 * has not arrived yet is kept unlinked and linked by the conversation writer later.
 */
@Injectable()
export class SurveyWriter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async write(surveys: readonly SurveyToWrite[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await insertRows(
        manager,
        'csat_surveys',
        ['id', 'source', 'conversation_external_id', 'conversation_id', 'question_key', 'score', 'scale', 'normalized', 'satisfied', 'comment', 'answered_at', 'agent_id'],
        surveys.map((s) => [randomUUID(), s.source, s.conversationExternalId, null, s.questionKey, s.score, s.scale, s.normalized, s.satisfied, s.comment, s.answeredAt, null]),
        'ON CONFLICT (source, conversation_external_id, question_key) DO NOTHING',
      );
      await manager.query(
        `UPDATE csat_surveys SET conversation_id = (
           SELECT c.id FROM conversations c WHERE c.source = csat_surveys.source AND c.external_id = csat_surveys.conversation_external_id)
         WHERE conversation_id IS NULL`,
      );
    });
  }
}
