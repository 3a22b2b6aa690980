import { buildConversation, createApiKey, createTestApi, loginAs, postJson, seedVendor, TestApi } from '@rapport/api-testing';

jest.setTimeout(60_000);

describe('POST /api/surveys/batch', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let vendor: string;

  beforeEach(async () => {
    api = await createTestApi();
    admin = (await loginAs(api, 'admin')).headers;
    vendor = (await seedVendor(api)).slug;
  });
  afterEach(() => api.close());

  const answer = (conversationExternalId: string, extra: Record<string, unknown> = {}) => ({
    conversationExternalId,
    score: 4,
    scale: '1-5',
    answeredAt: '2026-03-02T12:00:00Z',
    ...extra,
  });

  it('stores valid answers and reports each invalid one with its position and field, in input order', async () => {
    const response = await postJson(
      api,
      '/api/surveys/batch',
      [answer('a'), answer('b', { score: 0 }), answer('c', { scale: 'stars' }), answer('d', { answeredAt: 'soon' }), { score: 3 }, answer('a', { questionKey: 'nps', score: 10, scale: '0-10' })],
      admin,
    );
    expect(response.status).toBe(200);
    expect(response.body.counts).toEqual({ received: 6, created: 2, updated: 0, unchanged: 0, failed: 4 });
    expect(response.body.waiting).toBe(2);
    expect(response.body.items.map((item: { line: number; status: string; error?: { field?: string } }) => [item.line, item.status, item.error?.field ?? null])).toEqual([
      [0, 'created', null],
      [1, 'failed', 'score'],
      [2, 'failed', 'scale'],
      [3, 'failed', 'answeredAt'],
      [4, 'failed', 'conversationExternalId'],
      [5, 'created', null],
    ]);
  });

  it('is idempotent, updates a changed answer, and links at once when the conversation is stored', async () => {
    const conversation = buildConversation({ vendor });
    await postJson(api, '/api/conversations/batch', [conversation], admin);
    // Surveys find their conversation by source and external id.
    const surveyOf = (extra: Record<string, unknown> = {}) => answer(conversation.externalId, { source: conversation.source, ...extra });
    const first = await postJson(api, '/api/surveys/batch', [surveyOf()], admin);
    expect(first.body).toMatchObject({ counts: { created: 1 }, waiting: 0, items: [{ linked: true }] });
    const same = await postJson(api, '/api/surveys/batch', [surveyOf()], admin);
    expect(same.body.counts).toMatchObject({ created: 0, unchanged: 1 });
    const changed = await postJson(api, '/api/surveys/batch', [surveyOf({ score: 2, comment: 'Slow' })], admin);
    expect(changed.body.counts).toMatchObject({ updated: 1 });
    const [row] = await api.dataSource.query(
      `SELECT s.score, s.comment, a.external_id AS agent FROM csat_surveys s LEFT JOIN agents a ON a.id = s.agent_id`,
    );
    expect({ ...row, score: Number(row.score) }).toEqual({ score: 2, comment: 'Slow', agent: 'agent-1' });
  });

  it('gives answers without a source the API key source and rejects answers of another source', async () => {
    const key = await createApiKey(api, { source: 'crm' });
    const response = await postJson(api, '/api/surveys/batch', [answer('x'), answer('y', { source: 'other' })], key.headers);
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { status: string }) => item.status)).toEqual(['created', 'failed']);
    expect(response.body.items[1].error).toMatchObject({ field: 'source', reason: expect.stringMatching(/only write source "crm"/) });
    const [row] = await api.dataSource.query('SELECT source FROM csat_surveys');
    expect(row.source).toBe('crm');
  });

  it('is for administrators and API keys only', async () => {
    const manager = await loginAs(api, 'vendor-manager');
    expect((await postJson(api, '/api/surveys/batch', [answer('a')], manager.headers)).status).toBe(403);
    expect((await postJson(api, '/api/surveys/batch', [answer('a')])).status).toBe(401);
  });

  it('answers an empty or oversized batch with 400', async () => {
    expect((await postJson(api, '/api/surveys/batch', [], admin)).status).toBe(400);
    const tooMany = Array.from({ length: 10_001 }, (_, i) => answer(`c-${i}`));
    const response = await postJson(api, '/api/surveys/batch', tooMany, admin);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_input');
  });
});
