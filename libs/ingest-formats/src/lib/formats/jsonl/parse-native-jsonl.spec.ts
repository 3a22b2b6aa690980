import { collect, errors, fixture, notices, oks, parseEveryWay, utf8 } from '../../../fixtures/feed';
import { parseNativeJsonl } from './parse-native-jsonl';

describe('parseNativeJsonl', () => {
  it('keeps valid lines, normalises timestamps to UTC and rejects each bad line with a clear reason', async () => {
    const runs = await parseEveryWay((source) => parseNativeJsonl(source), fixture('native-jsonl/conversations.jsonl'));
    for (const records of runs) {
      expect(records).toEqual(runs[0]);
    }
    const records = runs[0] ?? [];
    expect(oks(records)).toEqual([
      {
        line: 1,
        value: {
          source: 'jsonl',
          externalId: 'n-1',
          vendor: 'acme-ph',
          channel: 'chat',
          language: 'en',
          createdAt: '2024-03-01T10:00:00.000Z',
          messages: [
            { role: 'customer', at: '2024-03-01T10:00:00.000Z', text: 'Hi 👋 my card was charged twice' },
            { role: 'agent', at: '2024-03-01T10:01:00.000Z', text: 'Sorry! Refund on its way.', agentId: 'a-1' },
          ],
        },
      },
      {
        line: 6,
        value: {
          source: 'jsonl',
          externalId: 'n-6',
          vendor: 'acme-ph',
          channel: 'chat',
          createdAt: '2024-03-01T10:00:00.000Z',
          messages: [
            { role: 'agent', at: '2024-03-01T10:01:00.000Z', text: 'hello' },
            { role: 'customer', at: '2024-03-01T10:05:00.000Z', text: 'hi' },
          ],
        },
      },
      {
        line: 10,
        value: {
          source: 'helpdesk',
          externalId: 'n-8',
          vendor: 'tele-il',
          channel: 'email',
          language: 'he',
          createdAt: '2024-03-04T07:00:00.000Z',
          messages: [
            { role: 'customer', at: '2024-03-04T07:00:00.000Z', text: 'שלום, אני צריכה עזרה 🙏' },
            { role: 'agent', at: '2024-03-04T07:30:00.000Z', text: 'مرحبا! كيف يمكنني المساعدة؟' },
          ],
        },
      },
    ]);
    const problems = errors(records);
    expect(problems.map((e) => e.line)).toEqual([2, 3, 4, 5, 7, 8, 11, 12]);
    expect(problems[0]?.reason).toMatch(/^invalid JSON: /);
    expect(problems.slice(1)).toEqual([
      { line: 3, field: 'vendor', reason: 'vendor is required' },
      {
        line: 4,
        field: 'channel',
        reason: 'unknown channel "fax" (expected one of chat, email, social, voice-transcript, phone-notes)',
      },
      { line: 5, field: 'messages[1].at', reason: 'cannot read timestamp "soon"' },
      { line: 7, field: 'messages[0].text', reason: 'text is empty' },
      { line: 8, field: 'externalId', reason: 'duplicate externalId "n-1" (first on line 1)' },
      { line: 11, reason: 'each line must be a JSON object (one conversation)' },
      {
        line: 12,
        field: 'messages[0].role',
        reason: 'unknown messages[0].role "wizard" (expected one of customer, agent, bot, system)',
      },
    ]);
    expect(notices(records)).toEqual([
      {
        line: 6,
        field: 'messages[1].at',
        reason:
          'messages[1] is earlier than messages[0]: the messages were sorted by time (equal times keep their order)',
      },
    ]);
  });

  it('leaves out a message repeated exactly within a conversation, saying which', async () => {
    const line =
      '{"externalId":"d","vendor":"v","channel":"chat","createdAt":"2024-03-01T10:00:00Z","messages":[' +
      '{"role":"customer","at":"2024-03-01T10:00:00Z","text":"hi"},{"role":"customer","at":"2024-03-01T10:00:00Z","text":"hi"},' +
      '{"role":"agent","at":"2024-03-01T10:00:00Z","text":"hi"}]}';
    const records = await collect(parseNativeJsonl([line]));
    expect(oks(records)[0]?.value.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(notices(records)).toEqual([
      {
        line: 1,
        field: 'messages[1]',
        reason: 'messages[1] repeats messages[0] (same time, author and text): left out',
      },
    ]);
  });

  it('reads a file with a BOM and no final newline, and redacts when asked', async () => {
    const line =
      '{"externalId":"x","vendor":"v","channel":"email","createdAt":"2024-03-01T10:00:00Z",' +
      '"messages":[{"role":"customer","at":"2024-03-01T10:00:00Z","text":"I am bob@example.org"}]}';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(line)]);
    const records = await collect(parseNativeJsonl([bytes], { redactPii: true, source: 'backfill' }));
    expect(records).toEqual([
      {
        kind: 'ok',
        line: 1,
        redactions: 1,
        value: {
          source: 'backfill',
          externalId: 'x',
          vendor: 'v',
          channel: 'email',
          createdAt: '2024-03-01T10:00:00.000Z',
          messages: [{ role: 'customer', at: '2024-03-01T10:00:00.000Z', text: 'I am [email]' }],
        },
      },
    ]);
  });

  it('stores a redacted message beyond 65,536 characters as its redacted prefix with a note, never the unread rest', async () => {
    const head = 'Write to bob@example.org please. ';
    const text = `${head}${'hello there '.repeat(300_000)}call me on +44 20 7946 0958`;
    const line = JSON.stringify({
      externalId: 'x',
      vendor: 'v',
      channel: 'email',
      createdAt: '2024-03-01T10:00:00Z',
      messages: [{ role: 'customer', at: '2024-03-01T10:00:00Z', text }],
    });
    const [record] = oks(await collect(parseNativeJsonl([line], { redactPii: true })));
    const stored = record?.value.messages[0]?.text ?? '';
    expect(stored.startsWith('Write to [email] please. hello there ')).toBe(true);
    expect(stored).not.toContain('7946');
    expect(stored).toMatch(
      /\n\n\[\d+ more characters not stored: PII redaction reads the first 65536 characters of a message\]$/,
    );
    expect(stored.length).toBeLessThan(65_536 + 120);
  });

  it('rejects a line over the size limit and goes on', async () => {
    const ok =
      '{"externalId":"x","vendor":"v","channel":"chat","createdAt":"2024-03-01T10:00:00Z","messages":[{"role":"customer","at":"2024-03-01T10:00:00Z","text":"hi"}]}';
    const records = await collect(parseNativeJsonl([`${'{'.repeat(300)}\n${ok}\n`], { maxRecordChars: 200 }));
    expect(records.map((r) => (r.kind === 'ok' ? r.line : r.kind === 'error' ? r.error : r.notice))).toEqual([
      { line: 1, reason: 'line is longer than 200 characters' },
      2,
    ]);
  });
});
