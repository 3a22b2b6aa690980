import { errors, fixture, notices, oks, parseEveryWay } from '../../../fixtures/feed';
import type { ZendeskOptions } from './parse-zendesk';
import { parseZendeskTickets } from './parse-zendesk';
import type { ZendeskTicketRecord } from './zendesk-ticket';
import { zendeskMessages } from './zendesk-comments';

const OPTIONS: ZendeskOptions = { vendorByGroup: { 'Manila Team': 'manila' } };

async function parse(name: string, options: ZendeskOptions = OPTIONS) {
  const runs = await parseEveryWay((source) => parseZendeskTickets(source, options), fixture(`zendesk/api/${name}`));
  for (const records of runs) {
    expect(records).toEqual(runs[0]);
  }
  return runs[0] ?? [];
}

function kinds(values: ZendeskTicketRecord[]): string[] {
  return values.map((value) =>
    value.deleted !== undefined
      ? `deleted ${value.deleted}`
      : value.comment !== undefined
        ? `comment ${value.comment.ticketId} ${value.comment.comment.at}`
        : value.conversation !== undefined
          ? `ticket ${value.conversation.externalId} ${value.conversation.messages.length} messages${value.conversation.transcriptMissing ? ', transcript missing' : ''}${value.survey ? `, rated ${value.survey.score}` : ''}`
          : `survey ${value.survey?.conversationExternalId} ${value.survey?.score}`,
  );
}

describe('Zendesk response shapes', () => {
  it('reads an incremental tickets page: no comments, a repeat, a deleted ticket, sideloaded names, default channels', async () => {
    const records = await parse('incremental-tickets.json');
    // Tickets whose group is named only by the sideloads after them come once those are read.
    expect(kinds(oks(records).map((r) => r.value))).toEqual([
      'deleted 202',
      'ticket 201 0 messages, transcript missing',
      'ticket 201 0 messages, transcript missing, rated 1',
    ]);
    const first = oks(records)[1]?.value;
    // The group is named by the sideloaded `groups` list that follows the tickets.
    expect(first?.conversation).toMatchObject({ vendor: 'manila', channel: 'email', queue: 'Manila Team', messages: [] });
    expect(first?.ticket).toEqual({ id: '201', requesterId: '501', updatedAt: '2024-05-01T08:30:00.000Z', comments: null });
    expect(oks(records)[2]?.value.ticket?.updatedAt).toBe('2024-05-01T10:00:00.000Z');
    expect(notices(records).map((n) => n.reason)).toEqual([
      'ticket 3 (id 201) repeats the ticket on line 1: the copy with the latest updated_at is kept',
      'via.channel "api" is read as email (default mapping; channelByVia changes it)',
    ]);
    expect(errors(records)).toEqual([
      {
        line: 1,
        field: 'brand_id',
        reason:
          'ticket 4 (id 203): cannot tell the vendor: group_id none is not in vendorByGroup, brand_id 9999 is not in vendorByBrand, and no vendor is set for the import',
      },
    ]);
  });

  it('maps a brand by its sideloaded name and lets channelByVia override a default', async () => {
    const records = await parse('incremental-tickets.json', { vendorByBrand: { Acme: 'acme' }, channelByVia: { api: 'chat' } });
    const tickets = oks(records).flatMap((r) => (r.value.conversation ? [r.value.conversation] : []));
    expect(tickets.map((c) => [c.vendor, c.channel])).toEqual([
      ['acme', 'chat'],
      ['acme', 'chat'],
    ]);
  });

  it('reads a comments page for the ticket named by ticketId, and asks for it when missing', async () => {
    const records = await parse('ticket-201-comments.json', { ticketId: '201' });
    expect(oks(records).map((r) => r.value.comment)).toEqual([
      { ticketId: '201', comment: { id: '9001', authorId: '501', public: true, text: 'Where is my refund?', at: '2024-05-01T08:00:00.000Z' } },
      {
        ticketId: '201',
        comment: { id: '9002', authorId: '601', public: true, text: 'Sorry for the wait! Your refund was sent today.', at: '2024-05-01T08:20:00.000Z' },
      },
      { ticketId: '201', comment: { id: '9003', authorId: '601', public: false, text: 'checked with billing', at: '2024-05-01T08:19:00.000Z' } },
    ]);
    const without = await parse('ticket-201-comments.json', {});
    expect(errors(without).map((e) => e.field)).toEqual(['ticketId', 'ticketId', 'ticketId']);
  });

  it('joins comments to a ticket in time order with roles from the requester', () => {
    const comments = [
      { id: '2', authorId: '601', public: true, text: 'Sent today.', at: '2024-05-01T08:20:00.000Z' },
      { id: '3', authorId: '601', public: false, text: 'billing', at: '2024-05-01T08:19:00.000Z' },
      { id: '1', authorId: '501', public: true, text: 'Refund?', at: '2024-05-01T08:00:00.000Z' },
      { id: '1', authorId: '501', public: true, text: 'Refund?', at: '2024-05-01T08:00:00.000Z' },
      { authorId: '-1', public: true, text: 'Solved by trigger', at: '2024-05-01T09:00:00.000Z' },
    ];
    expect(zendeskMessages(comments, '501')).toEqual([
      { role: 'customer', at: '2024-05-01T08:00:00.000Z', text: 'Refund?' },
      { role: 'agent', at: '2024-05-01T08:19:00.000Z', text: 'billing', agentId: '601', internal: true },
      { role: 'agent', at: '2024-05-01T08:20:00.000Z', text: 'Sent today.', agentId: '601' },
      { role: 'system', at: '2024-05-01T09:00:00.000Z', text: 'Solved by trigger' },
    ]);
  });

  it('reads the Comment events of audits at the audit time', async () => {
    const records = await parse('audits.json');
    expect(oks(records).map((r) => r.value.comment)).toEqual([
      { ticketId: '301', comment: { id: '1', authorId: '701', public: true, text: 'My order is late', at: '2024-05-04T10:00:00.000Z' } },
      { ticketId: '301', comment: { id: '3', authorId: '801', public: true, text: 'It ships tomorrow, sorry!', at: '2024-05-04T10:07:00.000Z' } },
    ]);
    expect(errors(records)).toEqual([]);
  });

  it('reads the Comment child events of incremental ticket events, the updater as author when none is given', async () => {
    const records = await parse('ticket-events.json');
    expect(oks(records).map((r) => r.value.comment)).toEqual([
      { ticketId: '401', comment: { id: '12', authorId: '901', public: true, text: 'Cannot log in', at: '2024-05-05T10:00:00.000Z' } },
      { ticketId: '401', comment: { id: '15', authorId: '902', public: true, text: 'Reset link sent.', at: '2024-05-05T10:05:00.000Z' } },
    ]);
  });

  it('reads satisfaction ratings as thumbs answers joined by ticket id; offered ones are no answer', async () => {
    const records = await parse('satisfaction-ratings.json');
    expect(oks(records).map((r) => r.value)).toEqual([
      {
        survey: {
          source: 'zendesk',
          conversationExternalId: '201',
          questionKey: 'csat',
          score: 0,
          scale: 'thumbs',
          comment: 'Too slow',
          answeredAt: '2024-05-01T12:05:00.000Z',
          agentId: '601',
        },
      },
    ]);
    expect(errors(records)).toEqual([]);
  });

  it('reads a single {"ticket": …} and legacy {"results": […]}, skipping results that are not tickets', async () => {
    const byId = { vendorByGroup: { '360010': 'manila' } };
    const single = await parse('single-ticket.json', byId);
    expect(kinds(oks(single).map((r) => r.value))).toEqual(['ticket 205 0 messages, transcript missing']);
    const results = await parse('search-results.json', byId);
    expect(kinds(oks(results).map((r) => r.value))).toEqual(['ticket 206 0 messages, transcript missing']);
    expect(oks(results)[0]?.value.conversation).toMatchObject({ channel: 'chat', vendor: 'manila', closedAt: '2024-05-07T08:10:00.000Z' });
  });
});
