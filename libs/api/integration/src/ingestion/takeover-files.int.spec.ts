import { errorLines } from './import-helpers';
import { at, jobReport, KEY_REFUSAL, takeoverWorld, ticket } from './takeover-world';

jest.setTimeout(300_000);

describe('ingestion keys conversations by vendor: one vendor’s writes never reveal or change another vendor’s data: file imports through a vendor-bound key', () => {
  const w = takeoverWorld();

  const formats: Record<
    string,
    {
      file: (id: string, vendor: string) => { name: string; content: string };
      fields: (vendor: string) => Record<string, string>;
      ids: [string, string];
      line: number;
    }
  > = {
    jsonl: {
      file: (id, vendor) => ({
        name: 'tickets.jsonl',
        content: JSON.stringify(ticket(id, vendor, 'Replaced by alpha')) + '\n',
      }),
      fields: () => ({ format: 'jsonl' }),
      ids: ['x-1', 'x-new'],
      line: 1,
    },
    'message-csv': {
      file: (id, vendor) => ({
        name: 'messages.csv',
        content: `conversation_id,vendor,channel,timestamp,author_role,text,agent_id\n${id},${vendor},chat,${at(0)},customer,Replaced by alpha,\n${id},${vendor},chat,${at(2)},agent,On it.,a-1\n`,
      }),
      fields: () => ({ format: 'message-csv' }),
      ids: ['x-1', 'x-new'],
      line: 2,
    },
    twcs: {
      file: (id) => ({
        name: 'twcs.csv',
        content:
          'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n' +
          `${id},115712,True,Tue Oct 31 22:10:47 +0000 2017,@Brand my phone won't charge,${id}0,\n` +
          `${id}0,Brand,False,Tue Oct 31 22:12:00 +0000 2017,@115712 Sorry to hear that!,,${id}\n`,
      }),
      fields: (vendor) => ({ format: 'twcs', options: JSON.stringify({ vendorByBrand: { Brand: vendor } }) }),
      ids: ['1', '77'],
      line: 2,
    },
    zendesk: {
      file: (id) => ({
        name: 'tickets.json',
        content: JSON.stringify({
          tickets: [
            {
              id: Number(id),
              created_at: at(0),
              via: { channel: 'email' },
              requester_id: 7001,
              assignee_id: 42,
              comments: [
                { author_id: 7001, public: true, plain_body: 'I was charged twice.', created_at: at(0) },
                { author_id: 42, public: true, plain_body: 'Refunded, sorry.', created_at: at(5) },
              ],
              satisfaction_rating: { score: 'bad', updated_at: at(30) },
            },
          ],
        }),
      }),
      fields: (vendor) => ({ format: 'zendesk', vendor }),
      ids: ['501', '601'],
      line: 1,
    },
  };

  for (const [format, spec] of Object.entries(formats)) {
    it(`stores a ${format} record on another vendor’s id as the key’s own vendor’s, reported exactly as a free id`, async () => {
      const [storedId, freeId] = spec.ids;
      const onTaken = await w.keyImport(spec.file(storedId, 'alpha'), spec.fields('alpha'));
      expect(onTaken).toMatchObject({
        status: 'completed',
        counts: { received: 1, created: 1, updated: 0, unchanged: 0, failed: 0 },
        errorCount: 0,
      });
      const onFree = await w.keyImport(spec.file(freeId, 'alpha'), spec.fields('alpha'));
      expect(await jobReport(w.api, w.admin, onFree)).toBe(await jobReport(w.api, w.admin, onTaken));
      expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
      expect((await w.rowsOf(w.alphaId))['conversations']).toHaveLength(2);
      // A record naming the other vendor is refused alike for its stored id and a free one.
      const named = await w.keyImport(spec.file(storedId, 'beta'), spec.fields('beta'));
      expect(named).toMatchObject({ counts: { received: 1, created: 0, failed: 1 }, surveysStored: 0 });
      expect(await errorLines(w.api, w.admin, named.id)).toEqual([
        { line: spec.line, field: 'vendor', reason: KEY_REFUSAL },
      ]);
      const namedFree = await w.keyImport(spec.file(`${freeId}9`, 'beta'), spec.fields('beta'));
      expect(await jobReport(w.api, w.admin, namedFree)).toBe(await jobReport(w.api, w.admin, named));
      expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
    });
  }

  it('files survey answers (CSV) under the key’s own vendor, reported as for free ids; the victim’s answers stay', async () => {
    const csv = (a: string, b: string) =>
      `conversation_id,score,scale,answered_at\n${a},1,1-5,${at(40)}\n${b},1,1-5,${at(40)}\n`;
    const onTaken = await w.keyImport({ name: 'csat.csv', content: csv('x-1', 'x-later') }, { format: 'survey-csv' });
    expect(onTaken).toMatchObject({
      status: 'completed',
      counts: { received: 2, created: 2, updated: 0, unchanged: 0, failed: 0 },
      surveysWaiting: 2,
    });
    const onFree = await w.keyImport({ name: 'csat.csv', content: csv('free-1', 'free-2') }, { format: 'survey-csv' });
    expect(await jobReport(w.api, w.admin, onFree)).toBe(await jobReport(w.api, w.admin, onTaken));
    const named = await w.keyImport(
      { name: 'csat.csv', content: `conversation_id,score,scale,answered_at,vendor\nx-1,1,1-5,${at(40)},beta\n` },
      { format: 'survey-csv' },
    );
    expect(await errorLines(w.api, w.admin, named.id)).toEqual([{ line: 2, field: 'vendor', reason: KEY_REFUSAL }]);
    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
    expect((await w.rowsOf(w.alphaId))['surveys']).toHaveLength(4);
  });
});
