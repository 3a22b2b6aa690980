import { nativeConversationSchema } from '@rapport/contracts';
import { collect, errors, fixture, parseEveryWay } from '../../../fixtures/feed';
import type { ParsedRecord } from '../../stream/parsed-record';
import { nativeSurveySchema } from '../survey/native-survey';
import type { ZendeskOptions } from './parse-zendesk';
import { parseZendeskTickets } from './parse-zendesk';
import type { ZendeskTicketRecord } from './zendesk-ticket';

const OPTIONS: ZendeskOptions = { vendorByGroup: { '360001': 'acme-ph', 'Tele EG': 'tele-eg' } };

function summary(records: ParsedRecord<ZendeskTicketRecord>[]): string[] {
  return records.map((r) =>
    r.kind === 'ok'
      ? `ok item ${r.item} line ${r.line} ${r.value.conversation?.externalId}`
      : r.kind === 'error'
        ? `error item ${r.item} line ${r.error.line}`
        : `notice line ${r.notice.line}`,
  );
}

describe('parseZendeskTickets', () => {
  it('maps tickets, comments and ratings from a pretty-printed array, whatever the chunking', async () => {
    const runs = await parseEveryWay((source) => parseZendeskTickets(source, OPTIONS), fixture('zendesk/tickets.json'));
    for (const records of runs) {
      expect(records).toEqual(runs[0]);
    }
    const records = runs[0] ?? [];
    expect(summary(records)).toEqual([
      'notice line 2',
      'ok item 1 line 2 101',
      'notice line 54',
      'error item 2 line 54',
      'ok item 2 line 54 102',
      'notice line 97',
      'ok item 3 line 97 103',
      'notice line 114',
      'ok item 4 line 114 101',
      'notice line 131',
      'error item 5 line 131',
      'ok item 5 line 131 104',
      'error item 6 line 168',
      'ok item 6 line 168 105',
    ]);
    const values = records.flatMap((r) =>
      r.kind === 'ok' && r.value.conversation !== undefined && r.value.conversation.externalId !== '103' && r.item !== 4
        ? [{ conversation: r.value.conversation, ...(r.value.survey ? { survey: r.value.survey } : {}) }]
        : [],
    );
    expect(values).toEqual([
      {
        conversation: {
          source: 'zendesk',
          externalId: '101',
          vendor: 'acme-ph',
          channel: 'email',
          createdAt: '2024-03-01T09:00:00.000Z',
          customerId: '9001',
          closedAt: '2024-03-01T12:00:00.000Z',
          queue: '360001',
          tags: ['billing', 'refund'],
          messages: [
            {
              role: 'customer',
              at: '2024-03-01T09:00:00.000Z',
              text: 'I was charged twice. Call me on +44 20 7946 0958',
            },
            {
              role: 'agent',
              at: '2024-03-01T09:10:00.000Z',
              text: 'Checked billing: duplicate charge confirmed.',
              agentId: '7001',
              internal: true,
            },
            {
              role: 'agent',
              at: '2024-03-01T09:15:00.000Z',
              text: 'Sorry about that! The refund is on its way 💸',
              agentId: '7001',
            },
            { role: 'system', at: '2024-03-01T12:00:00.000Z', text: 'Ticket solved by trigger' },
          ],
        },
        survey: {
          source: 'zendesk',
          conversationExternalId: '101',
          questionKey: 'csat',
          score: 1,
          scale: 'thumbs',
          comment: 'Fast! write me at jane@example.com',
          answeredAt: '2024-03-01T13:00:00.000Z',
          agentId: '7001',
          // The rating rates the ticket's conversation of the ticket's vendor.
          vendor: 'acme-ph',
        },
      },
      {
        conversation: {
          source: 'zendesk',
          externalId: '102',
          vendor: 'tele-eg',
          channel: 'chat',
          createdAt: '2024-03-02T06:00:00.000Z',
          customerId: '9002',
          queue: 'Tele EG',
          messages: [
            { role: 'customer', at: '2024-03-02T06:00:00.000Z', text: 'مرحبا، الإنترنت لا يعمل' },
            { role: 'agent', at: '2024-03-02T06:05:00.000Z', text: 'أهلاً، سأساعدك الآن 🙂', agentId: '7002' },
          ],
        },
      },
      {
        conversation: {
          source: 'zendesk',
          externalId: '104',
          vendor: 'acme-ph',
          channel: 'chat',
          createdAt: '2024-03-04T08:00:00.000Z',
          customerId: '9004',
          closedAt: '2024-03-04T10:00:00.000Z',
          queue: '360001',
          messages: [
            { role: 'customer', at: '2024-03-04T08:00:00.000Z', text: 'שלום, ההזמנה שלי לא הגיעה' },
            { role: 'agent', at: '2024-03-04T08:02:00.000Z', text: 'שלום! אני בודק עכשיו', agentId: '7001' },
          ],
        },
        survey: {
          source: 'zendesk',
          conversationExternalId: '104',
          questionKey: 'csat',
          score: 0,
          scale: 'thumbs',
          answeredAt: '2024-03-04T11:00:00.000Z',
          agentId: '7001',
          vendor: 'acme-ph',
        },
      },
      {
        conversation: {
          source: 'zendesk',
          externalId: '105',
          vendor: 'acme-ph',
          channel: 'email',
          createdAt: '2024-03-05T08:00:00.000Z',
          customerId: '9005',
          queue: '360001',
          messages: [{ role: 'customer', at: '2024-03-05T08:00:00.000Z', text: 'hi' }],
        },
      },
    ]);
    for (const value of values) {
      expect(nativeConversationSchema.safeParse(value.conversation).success).toBe(true);
      expect(value.survey === undefined || nativeSurveySchema.safeParse(value.survey).success).toBe(true);
    }
    expect(errors(records)).toEqual([
      {
        line: 54,
        field: 'comments[1].body',
        reason: 'ticket 2 (id 102): comment 2 has no text (attachment only?) and was left out',
      },
      {
        line: 131,
        field: 'comments[1].created_at',
        reason:
          'ticket 5 (id 104): comment 2: message time 2024-03-04T07:59:00.000Z is earlier than the previous message of this ' +
          'conversation (2024-03-04T08:00:00.000Z, comment 1): messages must be in time order',
      },
      {
        line: 168,
        field: 'satisfaction_rating.score',
        reason: 'ticket 6 (id 105): unknown satisfaction_rating.score "meh" (expected good, bad, offered or unoffered)',
      },
    ]);
  });

  it('reads {"tickets": [...]} pages one after another', async () => {
    const runs = await parseEveryWay(
      (source) => parseZendeskTickets(source, OPTIONS),
      fixture('zendesk/tickets-pages.json'),
    );
    for (const records of runs) {
      expect(summary(records)).toEqual([
        'notice line 3',
        'ok item 1 line 3 101',
        'notice line 55',
        'error item 2 line 55',
        'ok item 2 line 55 102',
        'notice line 102',
        'error item 3 line 102',
        'ok item 3 line 102 104',
      ]);
    }
  });

  it('reads JSON Lines exports line by line, so a broken line costs only itself', async () => {
    const runs = await parseEveryWay(
      (source) => parseZendeskTickets(source, OPTIONS),
      fixture('zendesk/tickets.ndjson'),
    );
    for (const records of runs) {
      expect(summary(records)).toEqual([
        'notice line 1',
        'ok item 1 line 1 101',
        'error item 2 line 2',
        'notice line 3',
        'error item 3 line 3',
        'ok item 3 line 3 104',
      ]);
      expect(records[2]?.kind === 'error' ? records[2].error.reason : '').toMatch(/^invalid JSON: /);
    }
  });

  it('redacts PII in comments and rating comments', async () => {
    const records = await collect(
      parseZendeskTickets([fixture('zendesk/tickets.json')], { ...OPTIONS, redactPii: true }),
    );
    const first = records.find((r) => r.kind === 'ok');
    expect(first?.kind === 'ok' && first.redactions).toBe(2);
    expect(first?.kind === 'ok' && first.value.conversation?.messages[0]?.text).toBe(
      'I was charged twice. Call me on [phone]',
    );
    expect(first?.kind === 'ok' && first.value.survey?.comment).toBe('Fast! write me at [email]');
  });

  it('needs a vendor for every ticket and uses channel overrides', async () => {
    const ticket = {
      id: 7,
      created_at: '2024-03-01T09:00:00Z',
      via: { channel: 'api' },
      group_id: 1,
      requester_id: 2,
      comments: [{ author_id: 2, plain_body: 'hi', created_at: '2024-03-01T09:00:00Z' }],
    };
    const unmapped = await collect(parseZendeskTickets([JSON.stringify([ticket])]));
    expect(errors(unmapped)).toEqual([
      {
        line: 1,
        field: 'group_id',
        reason:
          'ticket 1 (id 7): cannot tell the vendor: group_id 1 is not in vendorByGroup, brand_id none is not in vendorByBrand, and no vendor is set for the import',
      },
    ]);
    const mapped = await collect(
      parseZendeskTickets([JSON.stringify([ticket])], { defaultVendor: 'acme', channelByVia: { api: 'chat' } }),
    );
    expect(mapped.map((r) => r.kind === 'ok' && [r.value.conversation?.vendor, r.value.conversation?.channel])).toEqual([
      ['acme', 'chat'],
    ]);
  });

  it('names the vendor by the group, else the brand, when asked to (vendors created from the file)', async () => {
    const ticket = (extra: Record<string, unknown>) => ({
      id: 1,
      created_at: '2024-03-01T09:00:00Z',
      via: { channel: 'email' },
      requester_id: 2,
      comments: [{ author_id: 2, plain_body: 'hi', created_at: '2024-03-01T09:00:00Z' }],
      ...extra,
    });
    const named = await collect(
      parseZendeskTickets([JSON.stringify([ticket({ group: { id: 7, name: 'Manila Team' } }), { ...ticket({ brand: { name: 'Acme Shop' } }), id: 2 }])], { vendorFromNames: true }),
    );
    expect(named.flatMap((r) => (r.kind === 'ok' ? [r.value.conversation?.vendor] : []))).toEqual(['Manila Team', 'Acme Shop']);
    const mapped = await collect(parseZendeskTickets([JSON.stringify([ticket({ group: { id: 7, name: 'Manila Team' } })])], { vendorFromNames: true, vendorByGroup: { '7': 'manila' } }));
    expect(mapped.flatMap((r) => (r.kind === 'ok' ? [r.value.conversation?.vendor] : []))).toEqual(['manila']);
  });

  it('stops with one error when the file is not JSON', async () => {
    expect(errors(await collect(parseZendeskTickets(['id,subject\n1,hello\n'])))).toEqual([
      { line: 1, reason: 'expected a JSON array or object, found "i"', fatal: true },
    ]);
  });
});
