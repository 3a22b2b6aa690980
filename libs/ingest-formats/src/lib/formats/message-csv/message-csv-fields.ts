import type { CsvFieldSpec } from '../../csv/column-mapping';

export type MessageCsvField =
  | 'conversation_id'
  | 'vendor'
  | 'channel'
  | 'timestamp'
  | 'author_role'
  | 'text'
  | 'language'
  | 'agent_id'
  | 'agent_name'
  | 'internal'
  | 'queue'
  | 'site'
  | 'tags'
  | 'message_id'
  | 'customer_id';

/** Canonical columns of the message-per-row CSV, in the order a mapping form should show them. */
export const MESSAGE_CSV_FIELDS: readonly CsvFieldSpec<MessageCsvField>[] = [
  { name: 'conversation_id', required: true, description: 'External id of the conversation the message belongs to' },
  { name: 'vendor', required: true, description: 'Vendor (partner) slug handling the conversation' },
  { name: 'channel', required: true, description: 'chat, email, social, voice-transcript or phone-notes' },
  { name: 'timestamp', required: true, description: 'When the message was sent (ISO 8601, epoch, Twitter format)' },
  { name: 'author_role', required: true, description: 'customer, agent, bot or system' },
  { name: 'text', required: true, description: 'Message text' },
  { name: 'language', required: false, description: 'Language code of the conversation (en, es, pt-BR…)' },
  { name: 'agent_id', required: false, description: 'Id of the agent who wrote the message' },
  { name: 'agent_name', required: false, description: 'Display name of the agent' },
  { name: 'internal', required: false, description: 'true for internal notes not shown to the customer' },
  { name: 'queue', required: false, description: 'Queue or skill group' },
  { name: 'site', required: false, description: 'Vendor site (location) that handled the conversation' },
  { name: 'tags', required: false, description: 'Tags separated by ; or |' },
  { name: 'message_id', required: false, description: 'Message id, checked for duplicates inside the file' },
  {
    name: 'customer_id',
    required: false,
    description: 'Id of the customer in your help desk, for the 72-hour recontact rate (stored only as a keyed hash)',
  },
];
