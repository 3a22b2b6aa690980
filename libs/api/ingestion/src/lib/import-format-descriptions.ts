import type { ImportFormat } from '@rapport/contracts';
import { IMPORT_FORMATS } from '@rapport/contracts';
import { CsvFieldSpec, TWCS_FIELDS } from '@rapport/ingest-formats';
import { MAPPABLE_CSV_FIELDS, recordKindOf } from './import-options';

export interface ImportFormatDescription {
  format: ImportFormat;
  records: 'conversations' | 'surveys';
  description: string;
  /** CSV columns; `mappable` when headers can be renamed with a column mapping. */
  fields: readonly CsvFieldSpec[];
  mappable: boolean;
}

const DESCRIPTIONS: Record<ImportFormat, string> = {
  jsonl: 'JSON Lines: one conversation per line in the native shape (see the API documentation)',
  'message-csv': 'CSV with one row per message, grouped into conversations by conversation_id',
  twcs: 'Customer Support on Twitter CSV: reply threads become conversations, the brand account is the agent side',
  zendesk: 'Zendesk ticket export (JSON array, {"tickets": [...]} or JSON Lines): comments become messages, satisfaction ratings surveys',
  'survey-csv': 'CSAT survey CSV: one answer per row',
  'survey-json': 'CSAT survey JSON: an array of answers or JSON Lines',
};

const FIELDS: Partial<Record<ImportFormat, readonly CsvFieldSpec[]>> = { ...MAPPABLE_CSV_FIELDS, twcs: TWCS_FIELDS };

export function describeImportFormats(): ImportFormatDescription[] {
  return IMPORT_FORMATS.map((format) => ({
    format,
    records: recordKindOf(format),
    description: DESCRIPTIONS[format],
    fields: FIELDS[format] ?? [],
    mappable: MAPPABLE_CSV_FIELDS[format] !== undefined,
  }));
}
