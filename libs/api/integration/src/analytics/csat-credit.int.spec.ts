import { buildConversation, createTestApi, loginAs, postJson, seedVendor, TestApi } from '@rapport/api-testing';
import type { AgentRankingResponse, ConversationDetailDto, ConversationPageDto, NativeConversation } from '@rapport/contracts';
import { getOk, scored } from './analytics-setup';

const at = (day: string, minute: number) => `2026-03-${day}T10:${String(minute).padStart(2, '0')}:00.000Z`;

/**
 * Anna answers twice, then Ben closes: Anna wrote most replies (the primary agent), Ben the last reply before the
 * survey, so the survey is credited to Ben.
 */
function handedOver(externalId: string, day: string): NativeConversation {
  return buildConversation({
    vendor: 'credit',
    externalId,
    language: 'en',
    messages: [
      { role: 'customer', at: at(day, 0), text: 'My order did not arrive.' },
      { role: 'agent', at: at(day, 2), text: 'Hello, thank you for writing. I am checking the order now.', agentId: 'anna' },
      { role: 'customer', at: at(day, 3), text: 'Thank you.' },
      { role: 'agent', at: at(day, 4), text: 'I have asked the warehouse, please give me a moment.', agentId: 'anna' },
      { role: 'customer', at: at(day, 5), text: 'Any news?' },
      { role: 'agent', at: at(day, 6), text: 'Good news, it ships today. Have a nice day!', agentId: 'ben' },
    ],
  });
}

function annaAlone(externalId: string, day: string): NativeConversation {
  return buildConversation({
    vendor: 'credit',
    externalId,
    language: 'en',
    messages: [
      { role: 'customer', at: at(day, 0), text: 'I want to change my address.' },
      { role: 'agent', at: at(day, 2), text: 'Hello, thank you for writing. I have changed it for you.', agentId: 'anna' },
    ],
  });
}

const survey = (conversationExternalId: string, day: string, score: number) => ({
  source: 'test',
  conversationExternalId,
  questionKey: 'csat',
  score,
  scale: '1-5',
  answeredAt: at(day, 30),
});

describe('CSAT is credited to the agent the survey credits, everywhere', () => {
  let api: TestApi;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi();
    await seedVendor(api, { slug: 'credit', name: 'Credit Desk' });
    admin = (await loginAs(api, 'admin')).headers;
    // H-3's survey arrives before its conversation: it is credited when the conversation comes.
    const early = await postJson(api, '/api/surveys/batch', [survey('H-3', '12', 5)], admin);
    expect(early.status).toBe(200);
    const stored = await postJson(
      api,
      '/api/conversations/batch',
      [handedOver('H-1', '10'), handedOver('H-2', '11'), handedOver('H-3', '12'), annaAlone('A-1', '13')],
      admin,
    );
    expect(stored.status).toBe(200);
    expect(stored.body.counts.failed).toBe(0);
    const late = await postJson(api, '/api/surveys/batch', [survey('H-1', '10', 5), survey('H-2', '11', 4), survey('A-1', '13', 1)], admin);
    expect(late.status).toBe(200);
    expect(late.body.counts.failed).toBe(0);
    await scored(api);
  }, 180_000);
  afterAll(() => api.close());

  /** Agent external id → [n, raw mean] of a ranking. */
  async function ranking(metric: string): Promise<Record<string, [number, number | null]>> {
    const page: AgentRankingResponse = await getOk(api, `/api/analytics/agents?month=2026-03&vendor=credit&metric=${metric}`, admin);
    return Object.fromEntries(page.items.map((item) => [item.agent.externalId, [item.n, item.rawMean]]));
  }

  it('ranks agents on CSAT by the credited agent: Ben has the three handed-over answers, Anna her own one', async () => {
    // 1–5 scale on 0–100: 5 → 100, 4 → 75, 1 → 0. Ben: (100 + 75 + 100) / 3; Anna: 0.
    const csat = await ranking('csat');
    expect(csat['ben']?.[0]).toBe(3);
    expect(csat['ben']?.[1]).toBeCloseTo(275 / 3, 6);
    expect(csat['anna']).toEqual([1, 0]);
    const satisfied = await ranking('satisfied');
    expect(satisfied['ben']).toEqual([3, 1]);
    expect(satisfied['anna']).toEqual([1, 0]);
  });

  it('keeps the other metrics with the agent who wrote most replies', async () => {
    const overall = await ranking('overall');
    expect(overall['anna']?.[0]).toBe(4);
    expect(overall['ben']).toBeUndefined();
  });

  it('drills down from the CSAT ranking to the credited conversations', async () => {
    const page: AgentRankingResponse = await getOk(api, '/api/analytics/agents?month=2026-03&vendor=credit&metric=csat', admin);
    const ben = page.items.find((item) => item.agent.externalId === 'ben');
    expect(ben?.conversations).toContain('csatAgent=');
    const list: ConversationPageDto = await getOk(api, ben?.conversations ?? '', admin);
    expect(list.items.map((item) => item.externalId).sort()).toEqual(['H-1', 'H-2', 'H-3']);
    const byName: ConversationPageDto = await getOk(api, '/api/conversations?month=2026-03&csatAgent=ben', admin);
    expect(byName.total).toBe(3);
  });

  it("shows the survey's credited agent in the conversation detail", async () => {
    const list: ConversationPageDto = await getOk(api, '/api/conversations?month=2026-03&q=H-3', admin);
    const detail: ConversationDetailDto = await getOk(api, `/api/conversations/${list.items[0]?.id}`, admin);
    expect(detail.surveys.map((answer) => answer.agent?.externalId)).toEqual(['ben']);
    const alone: ConversationPageDto = await getOk(api, '/api/conversations?month=2026-03&q=A-1', admin);
    const aloneDetail: ConversationDetailDto = await getOk(api, `/api/conversations/${alone.items[0]?.id}`, admin);
    expect(aloneDetail.surveys.map((answer) => answer.agent?.externalId)).toEqual(['anna']);
  });
});
