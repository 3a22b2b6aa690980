import { CONVERSATION_MIGRATIONS } from '@rapport/api-conversations';
import {
  buildConversation,
  createApiKey,
  createTestApi,
  loginAs,
  postJson,
  seedVendor,
  TestApi,
} from '@rapport/api-testing';

// Boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

const answer = (conversationExternalId: string) => ({
  source: 'crm',
  conversationExternalId,
  questionKey: 'csat',
  score: 4,
  scale: '1-5',
  answeredAt: '2026-03-02T11:00:00.000Z',
});

describe('the migration that keys conversations and survey answers by vendor', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  async function runMigration(direction: 'up' | 'down'): Promise<void> {
    const migration = CONVERSATION_MIGRATIONS.find(
      (candidate) => candidate.name === 'VendorQualifiedKeys1764000001001',
    );
    expect(migration).toBeDefined();
    const runner = api.dataSource.createQueryRunner();
    try {
      await new (migration as NonNullable<typeof migration>)()[direction](runner);
    } finally {
      await runner.release();
    }
  }

  it('gives stored answers the vendor of their partner writer or linked conversation, and lets two vendors share an id', async () => {
    const admin = (await loginAs(api, 'admin')).headers;
    const alpha = await seedVendor(api, { slug: 'alpha' });
    const beta = await seedVendor(api, { slug: 'beta' });
    const alphaKey = (await createApiKey(api, { source: 'crm', vendorId: alpha.id })).headers;
    const stored = await postJson(
      api,
      '/api/conversations/batch',
      [buildConversation({ vendor: 'beta', source: 'crm', externalId: 'c-1' })],
      admin,
    );
    expect(stored.body.counts.created).toBe(1);
    // Under the earlier key: an answer linked to beta's conversation, a partner's waiting answer, a client's one.
    expect(
      (await postJson(api, '/api/surveys/batch', [answer('c-1'), answer('w-client')], admin)).body.counts.created,
    ).toBe(2);
    expect((await postJson(api, '/api/surveys/batch', [answer('w-partner')], alphaKey)).body.counts.created).toBe(1);
    await runMigration('down');
    const columns = await api.dataSource.query(`SELECT * FROM csat_surveys`);
    expect(Object.keys(columns[0])).not.toContain('conversation_vendor_id');

    await runMigration('up');
    const rows: Array<{ conversation_external_id: string; conversation_vendor_id: string }> =
      await api.dataSource.query(
        `SELECT conversation_external_id, conversation_vendor_id FROM csat_surveys ORDER BY conversation_external_id`,
      );
    expect(rows).toEqual([
      { conversation_external_id: 'c-1', conversation_vendor_id: beta.id },
      { conversation_external_id: 'w-client', conversation_vendor_id: '' },
      { conversation_external_id: 'w-partner', conversation_vendor_id: alpha.id },
    ]);
    // Alpha may now hold its own c-1 beside beta's; the same vendor still cannot hold two.
    const own = await postJson(
      api,
      '/api/conversations/batch',
      [buildConversation({ vendor: 'alpha', source: 'crm', externalId: 'c-1' })],
      alphaKey,
    );
    expect(own.body.items).toMatchObject([{ status: 'created' }]);
    await expect(
      api.dataSource.query(
        `INSERT INTO conversations (id, source, external_id, vendor_id, channel, created_at, tags, content_hash, message_count, score_status, updated_at)
         SELECT 'duplicate-of-c-1', source, external_id, vendor_id, channel, created_at, tags, content_hash, message_count, score_status, updated_at
           FROM conversations WHERE vendor_id = '${alpha.id}'`,
      ),
    ).rejects.toThrow(/unique|UNIQUE/);
  });
});
