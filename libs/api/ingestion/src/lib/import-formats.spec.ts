import type { ImportFormat } from '@rapport/contracts';
import { ImportItem, openImportStream } from './import-formats';
import type { ImportOptions } from './import-options';

async function read(format: ImportFormat, text: string, options: Partial<ImportOptions> = {}): Promise<{ items: ImportItem[]; errors: number; bytes: number }> {
  const stream = openImportStream(format, [text], { redactPii: false, ...options });
  const items: ImportItem[] = [];
  let errors = 0;
  for await (const record of stream) {
    if (record.kind === 'ok') {
      items.push(record.value);
    } else {
      errors++;
    }
  }
  return { items, errors, bytes: stream.bytesConsumed };
}

const TWCS = [
  'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id',
  '1,501,True,Tue Oct 31 22:10:47 +0000 2017,@AcmeSupport help,2,',
  '2,AcmeSupport,False,Tue Oct 31 22:12:00 +0000 2017,@501 on it,,1',
  '3,502,True,Tue Oct 31 23:10:47 +0000 2017,@OtherBrand help,4,',
  '4,OtherBrand,False,Tue Oct 31 23:12:00 +0000 2017,@502 sure,,3',
].join('\n');

describe('openImportStream', () => {
  it('wraps each format in import items and follows the bytes read', async () => {
    const line = JSON.stringify({ externalId: 'a', vendor: 'acme', channel: 'chat', createdAt: '2026-03-02T10:00:00Z', messages: [{ role: 'customer', at: '2026-03-02T10:00:00Z', text: 'Hi' }] });
    const jsonl = await read('jsonl', `${line}\n`);
    expect(jsonl.items.map((item) => item.conversation?.externalId)).toEqual(['a']);
    expect(jsonl.bytes).toBe(line.length + 1);
    const surveys = await read('survey-json', JSON.stringify([{ conversationExternalId: 'a', score: 1, scale: 'thumbs', answeredAt: '2026-03-02T10:00:00Z' }]), { source: 'crm' });
    expect(surveys.items).toEqual([{ survey: expect.objectContaining({ conversationExternalId: 'a', source: 'crm', score: 1 }) }]);
  });

  it('gives Twitter threads of unmapped brands the import vendor, and keeps mapped ones', async () => {
    const { items } = await read('twcs', TWCS, { vendor: 'acme', vendorByBrand: { OtherBrand: 'other' } });
    expect(items.map((item) => [item.conversation?.externalId, item.conversation?.vendor])).toEqual([
      ['1', 'acme'],
      ['3', 'other'],
    ]);
    const unmapped = await read('twcs', TWCS);
    expect(unmapped.items.map((item) => item.conversation?.vendor)).toEqual(['AcmeSupport', 'OtherBrand']);
  });

  it('fills the vendor of a one-vendor message CSV from the import vendor', async () => {
    const csv = 'conversation_id,channel,timestamp,author_role,text\nc-1,chat,2026-03-02T10:00:00Z,customer,Hi\n';
    const { items, errors } = await read('message-csv', csv, { vendor: 'acme' });
    expect(errors).toBe(0);
    expect(items[0]?.conversation).toMatchObject({ externalId: 'c-1', vendor: 'acme', source: 'csv' });
  });
});
