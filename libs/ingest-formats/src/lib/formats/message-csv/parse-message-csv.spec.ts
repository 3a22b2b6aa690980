import { nativeConversationSchema } from '@rapport/contracts';
import { collect, errors, fixture, notices, oks, parseEveryWay, utf8 } from '../../../fixtures/feed';
import { parseMessageCsv } from './parse-message-csv';

describe('parseMessageCsv', () => {
  it('imports a BOM + CRLF export with multi-line fields, emoji, Arabic and Hebrew, whatever the chunking', async () => {
    const runs = await parseEveryWay((source) => parseMessageCsv(source), fixture('message-csv/support-export.csv'));
    for (const records of runs) {
      expect(records).toEqual(runs[0]);
    }
    const records = runs[0] ?? [];
    expect(errors(records)).toEqual([]);
    expect(oks(records)).toEqual([
      {
        line: 2,
        value: {
          source: 'csv',
          externalId: 'c-1',
          vendor: 'acme-ph',
          channel: 'chat',
          language: 'en',
          createdAt: '2024-03-01T10:00:00.000Z',
          messages: [
            { role: 'customer', at: '2024-03-01T10:00:00.000Z', text: "Hi, my order hasn't arrived 😟" },
            {
              role: 'agent',
              at: '2024-03-01T10:01:00.000Z',
              text: 'Hello! Sorry about that.\nLet me check "order 123" for you.',
              agentId: 'a-7',
            },
            { role: 'customer', at: '2024-03-01T10:05:00.000Z', text: 'Thanks 🙏' },
          ],
        },
      },
      {
        line: 5,
        value: {
          source: 'csv',
          externalId: 'c-2',
          vendor: 'tele-eg',
          channel: 'chat',
          language: 'ar',
          createdAt: '2024-03-01T10:00:00.000Z',
          messages: [
            { role: 'customer', at: '2024-03-01T10:00:00.000Z', text: 'مرحبا، طلبي لم يصل بعد' },
            { role: 'agent', at: '2024-03-01T10:01:00.000Z', text: 'أهلاً! سأتحقق من ذلك الآن', agentId: 'a-9' },
          ],
        },
      },
      {
        line: 8,
        value: {
          source: 'csv',
          externalId: 'c-3',
          vendor: 'tele-il',
          channel: 'email',
          language: 'he',
          createdAt: '2024-03-04T07:00:00.000Z',
          messages: [
            { role: 'customer', at: '2024-03-04T07:00:00.000Z', text: 'שלום, החשבון שלי נחסם' },
            { role: 'agent', at: '2024-03-04T07:30:00.000Z', text: 'שלום דנה, בדקתי ושחררתי את החשבון 🙂', agentId: 'a-3' },
          ],
        },
      },
    ]);
    for (const { value } of oks(records)) {
      expect(nativeConversationSchema.safeParse(value).success).toBe(true);
    }
  });

  it('reports every bad row with its line and keeps the valid rows', async () => {
    const runs = await parseEveryWay((source) => parseMessageCsv(source), fixture('message-csv/bad-rows.csv'));
    for (const records of runs) {
      expect(records).toEqual(runs[0]);
    }
    const records = runs[0] ?? [];
    expect(errors(records)).toEqual([
      { line: 3, reason: 'quote inside unquoted field 6: quote the whole field and double the inner quotes' },
      { line: 4, field: 'conversation_id', reason: 'conversation_id is empty' },
      {
        line: 5,
        field: 'author_role',
        reason: 'unknown author_role "robot" (expected one of customer, agent, bot, system)',
      },
      { line: 6, field: 'timestamp', reason: 'cannot read timestamp "yesterday"' },
      { line: 8, field: 'text', reason: 'text is empty' },
      { line: 9, field: 'message_id', reason: 'duplicate message_id "m1" (first on line 2)' },
      {
        line: 10,
        field: 'channel',
        reason: 'unknown channel "sms" (expected one of chat, email, social, voice-transcript, phone-notes)',
      },
      { line: 12, field: 'vendor', reason: 'vendor differs from the value given on line 11 for this conversation' },
      { line: 13, reason: 'row has 3 fields, expected 7' },
      { line: 15, field: 'vendor', reason: 'vendor is empty' },
      { line: 16, reason: 'quoted field 6 is never closed' },
    ]);
    expect(notices(records)).toEqual([
      {
        line: 7,
        field: 'timestamp',
        reason:
          'this row is earlier than the row before it in the same conversation: its messages were sorted by time (rows of equal time keep their file order)',
      },
    ]);
    expect(oks(records).map(({ line, value }) => ({ line, id: value.externalId, texts: value.messages.map((m) => m.text) }))).toEqual([
      { line: 2, id: 'c-1', texts: ['too early', 'hello'] },
      { line: 11, id: 'c-3', texts: ['hello', 'Fine, thanks'] },
      { line: 17, id: 'c-5', texts: ['still here'] },
    ]);
  });

  it('reads other headers through a column mapping, with a delimiter and defaults', async () => {
    const records = await collect(
      parseMessageCsv([fixture('message-csv/custom-headers.csv')], {
        delimiter: ';',
        columnMapping: { conversation_id: 'Ticket', vendor: 'Team', channel: 'Medium', timestamp: 'Sent', author_role: 'From', text: 'Body', language: 'Lang' },
        source: 'legacy-crm',
      }),
    );
    expect(records).toEqual([
      {
        kind: 'ok',
        line: 2,
        value: {
          source: 'legacy-crm',
          externalId: 'T-9',
          vendor: 'acme-ph',
          channel: 'email',
          language: 'pt',
          createdAt: '2024-05-02T11:00:00.000Z',
          messages: [
            { role: 'customer', at: '2024-05-02T11:00:00.000Z', text: 'Olá, preciso de ajuda' },
            { role: 'agent', at: '2024-05-02T11:30:00.000Z', text: 'Claro! Em que posso ajudar?' },
          ],
        },
      },
    ]);
  });

  it('stops before any row when the header lacks required columns', async () => {
    const records = await collect(
      parseMessageCsv([utf8('conversation,vendor,timestamp,text\nc-1,acme,2024-03-01T10:00:00Z,hi\n')], {
        columnMapping: { channel: 'Medium' },
      }),
    );
    expect(records).toEqual([
      {
        kind: 'error',
        fatal: true,
        error: {
          line: 1,
          reason:
            'required column "conversation_id" is missing (map it to one of the file\'s headers); ' +
            'column "Medium" mapped to "channel" is not in the file; ' +
            'required column "author_role" is missing (map it to one of the file\'s headers); ' +
            'headers found: conversation, vendor, timestamp, text',
        },
      },
    ]);
  });

  it('fills columns the file lacks from defaults', async () => {
    const csv = 'conversation_id,timestamp,author_role,text\nc-1,2024-03-01T10:00:00Z,customer,hi\n';
    const records = await collect(parseMessageCsv([csv], { defaults: { vendor: 'acme-ph', channel: 'chat' } }));
    expect(oks(records).map((r) => [r.value.vendor, r.value.channel])).toEqual([['acme-ph', 'chat']]);
  });

  it('reads the optional customer_id column as the conversation\'s customer id', async () => {
    const csv =
      'conversation_id,vendor,channel,timestamp,author_role,text,customer_id\n' +
      'a,v,chat,2024-03-01T10:00:00Z,customer,hi, cust-7 \n' +
      'a,v,chat,2024-03-01T10:01:00Z,agent,hello,cust-7\n' +
      'b,v,chat,2024-03-01T11:00:00Z,customer,hey,\n';
    const records = await collect(parseMessageCsv([csv]));
    expect(oks(records).map((r) => [r.value.externalId, r.value.customerId])).toEqual([
      ['a', 'cust-7'],
      ['b', undefined],
    ]);
  });

  it('merges interleaved rows of conversations that stay within the window', async () => {
    const csv =
      'conversation_id,vendor,channel,timestamp,author_role,text\n' +
      'a,v,chat,2024-03-01T10:00:00Z,customer,a1\n' +
      'b,v,chat,2024-03-01T10:00:30Z,customer,b1\n' +
      'a,v,chat,2024-03-01T10:01:00Z,agent,a2\n' +
      'b,v,chat,2024-03-01T10:01:30Z,agent,b2\n';
    const records = await collect(parseMessageCsv([csv]));
    expect(oks(records).map((r) => [r.value.externalId, r.value.messages.map((m) => m.text)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1', 'b2']],
    ]);
  });

  it('rejects rows of a conversation id that reappears after its conversation was emitted', async () => {
    const csv =
      'conversation_id,vendor,channel,timestamp,author_role,text\n' +
      'a,v,chat,2024-03-01T10:00:00Z,customer,a1\n' +
      'a,v,chat,2024-03-01T10:01:00Z,agent,a2\n' +
      'b,v,chat,2024-03-01T10:00:30Z,customer,b1\n' +
      'a,v,chat,2024-03-01T10:02:00Z,customer,late\n';
    const records = await collect(parseMessageCsv([csv], { maxOpenConversations: 1 }));
    expect(errors(records)).toEqual([
      {
        line: 5,
        field: 'conversation_id',
        reason:
          'duplicate conversation_id "a": its conversation (first row on line 2) was already complete; ' +
          'keep the rows of a conversation together, at most 50000 rows apart',
      },
    ]);
    expect(oks(records).map((r) => [r.line, r.value.externalId, r.value.messages.length])).toEqual([
      [2, 'a', 2],
      [4, 'b', 1],
    ]);
  });

  it('checks message ids within their conversation: a row exported twice is kept once, a reused id with other content is rejected', async () => {
    const csv =
      'conversation_id,vendor,channel,timestamp,author_role,text,message_id\n' +
      'a,v,chat,2024-03-01T10:00:00Z,customer,a1,1\n' +
      'a,v,chat,2024-03-01T10:01:00Z,agent,a2,2\n' +
      'a,v,chat,2024-03-01T10:01:00Z,agent,a2,2\n' +
      'a,v,chat,2024-03-01T10:02:00Z,agent,other text,2\n' +
      'b,v,chat,2024-03-01T10:00:30Z,customer,b1,1\n';
    const records = await collect(parseMessageCsv([csv]));
    expect(errors(records)).toEqual([{ line: 5, field: 'message_id', reason: 'duplicate message_id "2" (first on line 3)' }]);
    expect(notices(records)).toEqual([
      { line: 4, field: 'message_id', reason: 'exact repeat of line 3 (same message_id, time, author and text): left out' },
    ]);
    expect(oks(records).map((r) => [r.value.externalId, r.value.messages.map((m) => m.text)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
  });

  it('closes conversations that fall out of the row window on a long file', async () => {
    const rows = ['conversation_id,vendor,channel,timestamp,author_role,text', 'first,v,chat,2024-03-01T10:00:00Z,customer,hi'];
    for (let i = 0; i < 2100; i++) {
      rows.push(`c${i},v,chat,2024-03-01T10:00:00Z,customer,hello`);
    }
    rows.push('first,v,chat,2024-03-01T10:05:00Z,agent,too late');
    const records = await collect(parseMessageCsv([rows.join('\n')], { windowRows: 1000 }));
    expect(errors(records).map((e) => [e.line, e.field])).toEqual([[2103, 'conversation_id']]);
    expect(oks(records)).toHaveLength(2101);
  });

  it('redacts PII in texts and counts the redactions', async () => {
    const csv =
      'conversation_id,vendor,channel,timestamp,author_role,text\n' +
      'a,v,chat,2024-03-01T10:00:00Z,customer,"mail me at ana@example.com or call +1 202 555 0143"\n' +
      'a,v,chat,2024-03-01T10:01:00Z,customer,card 4111 1111 1111 1111\n';
    const records = await collect(parseMessageCsv([csv], { redactPii: true }));
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'ok',
        redactions: 3,
        value: expect.objectContaining({
          messages: [
            expect.objectContaining({ text: 'mail me at [email] or call [phone]' }),
            expect.objectContaining({ text: 'card [card]' }),
          ],
        }),
      }),
    ]);
  });

  it('imports a Windows-1252 export, saying from which line it was read so', async () => {
    const header = 'conversation_id,vendor,channel,timestamp,author_role,text\n';
    const bytes = new Uint8Array([
      ...utf8(`${header}a,v,chat,2024-03-01T10:00:00Z,customer,ok\nb,v,chat,2024-03-01T10:00:00Z,customer,caf`),
      0xe9,
      ...utf8(' na pra'),
      0xe7,
      0x61,
      ...utf8('\nc,v,chat,2024-03-01T10:00:00Z,customer,still read\n'),
    ]);
    const runs = await parseEveryWay((source) => parseMessageCsv(source), bytes);
    for (const records of runs) {
      expect(errors(records)).toEqual([]);
      expect(notices(records)).toEqual([
        {
          line: 3,
          reason:
            'the file is not UTF-8 (byte 0xE9 on this line): read as Windows-1252 / Latin-1 from here on; check that accented letters look right',
        },
      ]);
      expect(oks(records).map((r) => r.value.messages[0]?.text)).toEqual(['ok', 'café na praça', 'still read']);
    }
  });

  it('keeps a row with a stray NUL byte, without the NUL, and every row after it', async () => {
    const bytes = new Uint8Array([
      ...utf8('conversation_id,vendor,channel,timestamp,author_role,text\na,v,chat,2024-03-01T10:00:00Z,customer,he'),
      0x00,
      ...utf8('llo\nb,v,chat,2024-03-01T10:00:00Z,customer,after\n'),
    ]);
    const runs = await parseEveryWay((source) => parseMessageCsv(source), bytes);
    for (const records of runs) {
      expect(errors(records)).toEqual([]);
      expect(notices(records)).toEqual([{ line: 2, reason: 'NUL characters (byte 0x00) were removed from this line' }]);
      expect(oks(records).map((r) => r.value.messages[0]?.text)).toEqual(['hello', 'after']);
    }
  });

  it('imports a UTF-16 file with a byte order mark', async () => {
    const text = 'conversation_id,vendor,channel,timestamp,author_role,text\na,v,chat,2024-03-01T10:00:00Z,customer,olá\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const records = await collect(parseMessageCsv([utf16]));
    expect(errors(records)).toEqual([]);
    expect(oks(records).map((r) => r.value.messages[0]?.text)).toEqual(['olá']);
  });

  it('sorts a conversation exported newest first and keeps one of each exactly repeated row', async () => {
    const csv =
      'conversation_id,vendor,channel,timestamp,author_role,agent_id,text\n' +
      'a,v,chat,2024-03-01T10:02:00Z,customer,,thanks\n' +
      'a,v,chat,2024-03-01T10:01:00Z,agent,ag-1,Hello! How can I help?\n' +
      'a,v,chat,2024-03-01T10:00:00Z,customer,,my order is late\n' +
      'a,v,chat,2024-03-01T10:01:00Z,agent,ag-1,Hello! How can I help?\n' +
      'a,v,chat,2024-03-01T10:01:00Z,agent,ag-2,Hello! How can I help?\n';
    const records = await collect(parseMessageCsv([csv]));
    expect(errors(records)).toEqual([]);
    const [conversation] = oks(records).map((r) => r.value);
    expect(conversation?.createdAt).toBe('2024-03-01T10:00:00.000Z');
    expect(conversation?.messages.map((m) => [m.at.slice(11, 16), m.agentId ?? '-', m.text])).toEqual([
      ['10:00', '-', 'my order is late'],
      ['10:01', 'ag-1', 'Hello! How can I help?'],
      ['10:01', 'ag-2', 'Hello! How can I help?'],
      ['10:02', '-', 'thanks'],
    ]);
    expect(notices(records)).toEqual([
      {
        line: 3,
        field: 'timestamp',
        reason:
          'this row is earlier than the row before it in the same conversation: its messages were sorted by time (rows of equal time keep their file order)',
      },
      { line: 5, reason: 'exact duplicate of line 3 (same conversation, time, author and text): left out' },
    ]);
  });

  it('reports an empty file', async () => {
    expect(errors(await collect(parseMessageCsv([''])))).toEqual([
      { line: 1, reason: 'the file is empty: expected a header row', fatal: true },
    ]);
  });

  it('reports bytes consumed as it goes', async () => {
    const bytes = fixture('message-csv/support-export.csv');
    const CHUNK = 64;
    // Each time the parser asks for more, it has consumed every byte handed to it so far, and no more.
    const handedOut: number[] = [];
    const reported: number[] = [];
    function* chunks(): Generator<Uint8Array> {
      for (let start = 0; start < bytes.length; start += CHUNK) {
        reported.push(stream.bytesConsumed);
        handedOut.push(start);
        yield bytes.subarray(start, start + CHUNK);
      }
    }
    const stream = parseMessageCsv(chunks());
    const records = await collect(stream);
    expect(oks(records)).toHaveLength(3);
    expect(handedOut.length).toBe(Math.ceil(bytes.length / CHUNK));
    expect(reported).toEqual(handedOut);
    expect(stream.bytesConsumed).toBe(bytes.length);
  });
});
