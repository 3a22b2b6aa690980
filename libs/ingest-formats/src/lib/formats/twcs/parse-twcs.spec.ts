import { nativeConversationSchema } from '@rapport/contracts';
import { collect, errors, fixture, oks, parseEveryWay } from '../../../fixtures/feed';
import { parseTwcs } from './parse-twcs';

const HEADER = 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id';

describe('parseTwcs', () => {
  it('rebuilds reply threads from tweets in dataset order, whatever the chunking', async () => {
    const runs = await parseEveryWay(
      (source) => parseTwcs(source, { vendorByBrand: { AcmeSupport: 'acme' } }),
      fixture('twcs/twcs-sample.csv'),
    );
    for (const records of runs) {
      expect(records).toEqual(runs[0]);
    }
    const records = runs[0] ?? [];
    expect(records.map((r) => (r.kind === 'ok' ? `ok ${r.value.externalId}` : r.kind === 'error' ? `error ${r.error.line}` : `notice ${r.notice.line}`))).toEqual([
      'ok 5',
      'ok 7',
      'error 10',
      'error 11',
      'ok 10',
      'error 15',
      'error 17',
      'ok 15',
    ]);
    expect(oks(records)).toEqual([
      {
        line: 2,
        value: {
          source: 'twitter',
          externalId: '5',
          vendor: 'acme',
          channel: 'social',
          createdAt: '2017-10-31T21:45:10.000Z',
          customerId: '115712',
          messages: [
            { role: 'customer', at: '2017-10-31T21:45:10.000Z', text: 'my internet has been down since Monday' },
            { role: 'agent', at: '2017-10-31T21:54:49.000Z', text: 'Please send us a DM with your account email.' },
            { role: 'customer', at: '2017-10-31T22:08:27.000Z', text: 'still waiting for a reply...' },
            { role: 'agent', at: '2017-10-31T22:10:47.000Z', text: "Thanks, we've sent you a DM 📩" },
            { role: 'customer', at: '2017-10-31T22:11:45.000Z', text: 'got it' },
          ],
        },
      },
      {
        line: 7,
        value: {
          source: 'twitter',
          externalId: '7',
          vendor: 'TeleSupport',
          channel: 'social',
          createdAt: '2017-11-01T08:55:00.000Z',
          customerId: '115713',
          messages: [
            { role: 'customer', at: '2017-11-01T08:55:00.000Z', text: 'الخدمة مقطوعة\nمنذ الصباح' },
            { role: 'agent', at: '2017-11-01T09:00:00.000Z', text: 'نأسف لذلك، راسلنا على الخاص' },
          ],
        },
      },
      {
        line: 12,
        value: {
          source: 'twitter',
          externalId: '10',
          vendor: 'acme',
          channel: 'social',
          createdAt: '2017-11-01T11:00:00.000Z',
          customerId: '115715',
          messages: [
            { role: 'customer', at: '2017-11-01T11:00:00.000Z', text: 'my bill is wrong' },
            { role: 'customer', at: '2017-11-01T11:05:00.000Z', text: 'anyone?' },
            { role: 'agent', at: '2017-11-01T11:06:00.000Z', text: 'Hi! Sorry for the wait. What is wrong with it?' },
          ],
        },
      },
      {
        line: 16,
        value: {
          source: 'twitter',
          externalId: '15',
          vendor: 'acme',
          channel: 'social',
          createdAt: '2017-11-01T12:00:00.000Z',
          customerId: '115716',
          // Tweet 15 answers tweet 999, which is not in the file.
          openingMissing: true,
          messages: [
            { role: 'customer', at: '2017-11-01T12:00:00.000Z', text: 'is anyone there' },
            { role: 'agent', at: '2017-11-01T12:10:00.000Z', text: 'Yes! How can we help?' },
          ],
        },
      },
    ]);
    expect(errors(records)).toEqual([
      {
        line: 10,
        field: 'inbound',
        reason: 'thread of tweet 8 has no brand reply (no tweet with inbound=False), so its vendor is unknown',
      },
      {
        line: 11,
        field: 'created_at',
        reason:
          'tweet 9 (2017-11-01T10:59:00.000Z) is earlier than the tweet it replies to ' +
          '(10 on line 12, 2017-11-01T11:00:00.000Z): messages out of order',
      },
      { line: 15, field: 'tweet_id', reason: 'duplicate tweet_id "2" (first on line 3)' },
      { line: 17, field: 'created_at', reason: 'cannot read timestamp "not a date"' },
    ]);
    for (const { value } of oks(records)) {
      expect(nativeConversationSchema.safeParse(value).success).toBe(true);
    }
  });

  it('keeps leading mentions when asked', async () => {
    const csv = `${HEADER}\n1,AcmeSupport,False,Tue Oct 31 22:10:47 +0000 2017,@115712 hello,,\n`;
    const records = await collect(parseTwcs([csv], { stripLeadingMentions: false }));
    expect(oks(records).map((r) => r.value.messages[0]?.text)).toEqual(['@115712 hello']);
  });

  it('marks threads whose opening customer tweet is not in the file', async () => {
    const rows = [
      HEADER,
      '1,501,True,Tue Oct 31 10:00:00 +0000 2017,@Acme my order,2,',
      '2,Acme,False,Tue Oct 31 10:05:00 +0000 2017,@501 on it,,1',
      '3,502,True,Tue Oct 31 10:00:00 +0000 2017,@Acme still waiting,4,99',
      '4,Acme,False,Tue Oct 31 10:02:00 +0000 2017,@502 sorry,,3',
      '5,Acme,False,Tue Oct 31 11:00:00 +0000 2017,@503 your parcel shipped,6,',
      '6,503,True,Tue Oct 31 11:30:00 +0000 2017,@Acme when does it come?,7,5',
      '7,Acme,False,Tue Oct 31 11:31:00 +0000 2017,@503 tomorrow,,6',
    ];
    const records = await collect(parseTwcs([rows.join('\n')]));
    // 1 opens in the file; 3 answers tweet 99, which is not in it; 5 is opened by the brand.
    expect(oks(records).map((r) => [r.value.externalId, r.value.openingMissing ?? false])).toEqual([
      ['1', false],
      ['5', true],
      ['3', true],
    ]);
  });

  it("keeps the customer's author_id as the conversation's customer id, never a brand's", async () => {
    const rows = [
      HEADER,
      '1,501,True,Tue Oct 31 10:00:00 +0000 2017,@Acme my order,2,',
      '2,Acme,False,Tue Oct 31 10:05:00 +0000 2017,@501 on it,,1',
      '5,Acme,False,Tue Oct 31 11:00:00 +0000 2017,@503 shipped,,',
    ];
    const records = await collect(parseTwcs([rows.join('\n')]));
    expect(oks(records).map((r) => [r.value.externalId, r.value.customerId])).toEqual([
      ['1', '501'],
      ['5', undefined],
    ]);
  });

  it('closes a thread that waits too long for a missing tweet; a late reply starts a new conversation', async () => {
    const rows = [HEADER, '1,115712,True,Tue Oct 31 10:00:00 +0000 2017,@Acme help,2,', '2,Acme,False,Tue Oct 31 10:05:00 +0000 2017,@115712 on it,3,1'];
    for (let i = 0; i < 1100; i++) {
      rows.push(`${100 + i},Acme,False,Tue Oct 31 11:00:00 +0000 2017,announcement ${i},,`);
    }
    rows.push('3,115712,True,Tue Oct 31 12:00:00 +0000 2017,@Acme thanks,4,2');
    rows.push('4,Acme,False,Tue Oct 31 12:01:00 +0000 2017,@115712 welcome,,3');
    const records = await collect(parseTwcs([rows.join('\n')], { windowRows: 500 }));
    const threads = oks(records).filter((r) => r.value.messages.length > 1);
    expect(threads.map((r) => [r.line, r.value.externalId, r.value.messages.map((m) => m.text)])).toEqual([
      [2, '1', ['help', 'on it']],
      [1104, '3', ['thanks', 'welcome']],
    ]);
    expect(oks(records)).toHaveLength(1102);
  });

  it('stops when the file lacks twcs columns', async () => {
    const records = await collect(parseTwcs(['tweet_id,author_id,text\n1,a,hi\n']));
    expect(errors(records)).toEqual([
      {
        line: 1,
        fatal: true,
        reason:
          'required column "inbound" is missing (map it to one of the file\'s headers); ' +
          'required column "created_at" is missing (map it to one of the file\'s headers); ' +
          'required column "response_tweet_id" is missing (map it to one of the file\'s headers); ' +
          'required column "in_response_to_tweet_id" is missing (map it to one of the file\'s headers); ' +
          'headers found: tweet_id, author_id, text',
      },
    ]);
  });
});
