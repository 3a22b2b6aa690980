import { MESSAGE_CSV_FIELDS } from '../formats/message-csv/message-csv-fields';
import { resolveColumns, validateColumnMapping } from './column-mapping';

describe('validateColumnMapping', () => {
  it('accepts a mapping of canonical fields to headers', () => {
    expect(validateColumnMapping({ conversation_id: 'Ticket', text: 'Body' }, MESSAGE_CSV_FIELDS)).toEqual([]);
  });

  it('names unknown fields and empty headers', () => {
    expect(validateColumnMapping({ conversation: 'Ticket', text: ' ' }, MESSAGE_CSV_FIELDS)).toEqual([
      'unknown field "conversation" in the column mapping (fields: conversation_id, vendor, channel, timestamp, ' +
        'author_role, text, language, agent_id, agent_name, internal, queue, site, tags, message_id, customer_id)',
      'the column mapping gives no header for "text"',
    ]);
  });
});

describe('resolveColumns', () => {
  const header = ['Conversation_ID ', 'vendor', 'channel', 'timestamp', 'author_role', 'text', 'Agent'];

  it('matches headers case- and space-insensitively and marks absent optional columns -1', () => {
    const resolved = resolveColumns(header, MESSAGE_CSV_FIELDS, { agent_id: 'agent' });
    expect(resolved.columns).toEqual({
      conversation_id: 0,
      vendor: 1,
      channel: 2,
      timestamp: 3,
      author_role: 4,
      text: 5,
      language: -1,
      agent_id: 6,
      agent_name: -1,
      internal: -1,
      queue: -1,
      site: -1,
      tags: -1,
      message_id: -1,
      customer_id: -1,
    });
  });

  it('refuses a header that appears twice', () => {
    expect(resolveColumns([...header, 'TEXT'], MESSAGE_CSV_FIELDS).problems).toEqual([
      'the header "text" appears more than once',
      'headers found: Conversation_ID , vendor, channel, timestamp, author_role, text, Agent, TEXT',
    ]);
  });
});
