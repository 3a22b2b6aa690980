import type { CsvFieldSpec } from '../../csv/column-mapping';

export type SurveyCsvField =
  'conversation_id' | 'question_key' | 'score' | 'scale' | 'comment' | 'answered_at' | 'agent_id' | 'vendor';

/** Canonical columns of a CSAT survey CSV: one answer per row. */
export const SURVEY_CSV_FIELDS: readonly CsvFieldSpec<SurveyCsvField>[] = [
  { name: 'conversation_id', required: true, description: 'External id of the conversation the survey is about' },
  {
    name: 'question_key',
    required: false,
    description: 'Question answered (default csat); several per survey allowed',
  },
  { name: 'score', required: true, description: 'Score within the scale; thumbs: 0/1 or up/down' },
  { name: 'scale', required: true, description: '1-5, 1-7, 1-10, 0-10 or thumbs (or a default scale for the file)' },
  { name: 'comment', required: false, description: 'Free-text comment' },
  { name: 'answered_at', required: true, description: 'When the customer answered' },
  { name: 'agent_id', required: false, description: 'Agent the survey is about' },
  {
    name: 'vendor',
    required: false,
    description: 'Vendor slug of the rated conversation, needed when several vendors hold its id',
  },
];
