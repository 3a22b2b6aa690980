import type { ImportRecordKind, RowError } from '@rapport/contracts';
import type { ConversationToWrite, SurveyOutcome, SurveyToWrite, WriteOutcome } from '@rapport/api-conversations';
import { toSurveyToWrite } from './survey-batch.service';
import type { ParsedRecord } from '@rapport/ingest-formats';
import type { ImportItem, TicketPart } from './import-formats';

/** A batch is committed when any limit is reached; each batch is one transaction. */
export interface BatchLimits {
  conversations: number;
  messages: number;
  /** Survey answers and rejected rows. */
  records: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { conversations: 1000, messages: 20_000, records: 5000 };

export interface ImportErrorRow {
  line: number;
  item: number | null;
  field: string | null;
  reason: string;
}

/** What a committed batch adds to the job's counts. */
export interface BatchTally {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  surveysStored: number;
  surveysWaiting: number;
  errors: ImportErrorRow[];
  /** Changes made without rejecting anything (see ParsedNotice). */
  notices: ImportErrorRow[];
}

/** Records of the file collected for one transaction, with the cursor they advance the job to. */
export class ImportBatch {
  readonly conversations: ConversationToWrite[] = [];
  readonly surveys: SurveyToWrite[] = [];
  readonly rejected: ImportErrorRow[] = [];
  readonly notices: ImportErrorRow[] = [];
  /** Help-desk tickets, comments and deletions, joined by ticket id when the batch is committed. */
  readonly ticketParts: TicketPart[] = [];
  /** Ordinal (1-based, file order) of the last record in the batch: the job's cursor once committed. */
  lastRecord = 0;
  lastLine = 0;
  fatal: RowError | undefined;
  private messages = 0;

  constructor(private readonly surveySource: string | undefined) {}

  add(record: ParsedRecord<ImportItem>, ordinal: number): void {
    this.lastRecord = ordinal;
    if (record.kind === 'error') {
      this.rejected.push(errorRow(record.error, record.item));
      this.lastLine = Math.max(this.lastLine, record.error.line);
      if (record.fatal) {
        this.fatal = record.error;
      }
      return;
    }
    if (record.kind === 'notice') {
      this.notices.push(errorRow(record.notice, record.item));
      return;
    }
    this.lastLine = Math.max(this.lastLine, record.line);
    const { conversation, survey, ticketPart } = record.value;
    if (ticketPart) {
      this.ticketParts.push({ ...ticketPart, line: record.line, item: record.item ?? null });
    }
    if (conversation) {
      this.conversations.push({ line: record.line, conversation });
      this.messages += conversation.messages.length;
    }
    if (survey) {
      const source = survey.source ?? this.surveySource;
      if (source === undefined) {
        this.rejected.push({
          line: record.line,
          item: record.item ?? null,
          field: 'source',
          reason:
            'source is required: the system the surveyed conversation came from (give it per answer or for the whole import)',
        });
      } else {
        this.surveys.push(toSurveyToWrite(survey, record.line, source));
      }
    }
  }

  /**
   * The survey answers to write once the conversations are written: none of a record whose conversation was refused
   * for its vendor (a Zendesk ticket's rating), which would otherwise be stored, or refused, on its own, and so tell a
   * vendor-bound writer whether another vendor holds that ticket.
   */
  surveysToWrite(conversations: readonly WriteOutcome[]): SurveyToWrite[] {
    const refused = new Set<string>();
    this.conversations.forEach(({ conversation }, index) => {
      const outcome = conversations[index];
      if (outcome?.status === 'failed' && outcome.error?.field === 'vendor') {
        refused.add(JSON.stringify([conversation.source, conversation.externalId]));
      }
    });
    return refused.size === 0
      ? this.surveys
      : this.surveys.filter((survey) => !refused.has(JSON.stringify([survey.source, survey.conversationExternalId])));
  }

  isFull(limits: BatchLimits): boolean {
    return (
      this.conversations.length + this.ticketParts.length >= limits.conversations ||
      this.messages >= limits.messages ||
      this.surveys.length + this.rejected.length + this.notices.length >= limits.records
    );
  }

  isEmpty(): boolean {
    return this.lastRecord === 0;
  }

  /** Counts of this batch once written: rejected rows are `failed`, writer outcomes count for the job's record kind. */
  tally(kind: ImportRecordKind, conversations: readonly WriteOutcome[], surveys: readonly SurveyOutcome[]): BatchTally {
    const tally: BatchTally = {
      received: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      surveysStored: 0,
      surveysWaiting: 0,
      errors: [...this.rejected],
      notices: [...this.notices],
    };
    tally.failed += this.rejected.length;
    const primary = kind === 'conversations' ? conversations : surveys;
    for (const outcome of primary) {
      tally[outcome.status]++;
      if (outcome.error) {
        tally.errors.push(errorRow(outcome.error));
      }
    }
    for (const outcome of surveys) {
      const stored = outcome.status === 'created' || outcome.status === 'updated';
      if (kind === 'conversations' && stored) {
        tally.surveysStored++;
      }
      if (stored && outcome.linked === false) {
        tally.surveysWaiting++;
      }
      if (kind === 'conversations' && outcome.error) {
        tally.errors.push(errorRow(outcome.error));
      }
    }
    tally.received = tally.created + tally.updated + tally.unchanged + tally.failed;
    tally.errors.sort((a, b) => a.line - b.line);
    tally.notices.sort((a, b) => a.line - b.line);
    return tally;
  }
}

function errorRow(error: RowError, item?: number): ImportErrorRow {
  return { line: error.line, item: item ?? null, field: error.field ?? null, reason: error.reason };
}
