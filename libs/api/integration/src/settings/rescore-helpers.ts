import { ScoringWorker } from '@rapport/api-scoring';
import { getJson, postJson, TestApi } from '@rapport/api-testing';
import type { ConversationDetailDto, NativeConversation, ScoringSettingsDto } from '@rapport/contracts';

const HOUR = 3_600;

/** The scoring library's documented defaults (libs/scoring/README.md), written out independently of the code. */
export const DEFAULT_SETTINGS: ScoringSettingsDto = {
  weights: { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 },
  slaTargets: {
    chat: { firstResponseSeconds: 60, replyGapSeconds: 120 },
    email: { firstResponseSeconds: 8 * HOUR, replyGapSeconds: 8 * HOUR },
    social: { firstResponseSeconds: HOUR, replyGapSeconds: HOUR },
    'voice-transcript': { firstResponseSeconds: 30, replyGapSeconds: 60 },
    'phone-notes': { firstResponseSeconds: 4 * HOUR, replyGapSeconds: 8 * HOUR },
  },
};

/** An English chat on 2 March 2026 whose agent answers after the given number of seconds, and nothing is left open. */
export function chatAnsweredAfter(vendor: string, externalId: string, firstResponseSeconds: number): NativeConversation {
  const start = Date.parse('2026-03-02T10:00:00.000Z');
  const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
  return {
    source: 'test',
    externalId,
    vendor,
    channel: 'chat',
    language: 'en',
    createdAt: at(0),
    messages: [
      { role: 'customer', at: at(0), text: 'Hello, my order has not arrived yet. Could you check it please?' },
      { role: 'agent', at: at(firstResponseSeconds), text: 'Hello, thank you for writing. I am sorry about the delay, I am checking your order now.', agentId: 'agent-1' },
      { role: 'agent', at: at(firstResponseSeconds + 20), text: 'It arrives tomorrow. Thank you for your patience, have a nice day!', agentId: 'agent-1' },
    ],
  };
}

/**
 * Responsiveness of such a chat by the documented formula (libs/scoring/README.md): half for the first response
 * (100 on target, else 100 · target / actual), 35 % for later replies and 15 % for nothing left unanswered (both
 * full here), to one decimal.
 */
export function expectedResponsiveness(firstResponseSeconds: number, targetSeconds: number): number {
  const first = firstResponseSeconds <= targetSeconds ? 100 : (100 * targetSeconds) / firstResponseSeconds;
  return Math.round((0.5 * first + 35 + 15) * 10) / 10;
}

/** Stores conversations through the REST batch and waits until they are scored. */
export async function ingest(api: TestApi, headers: Record<string, string>, conversations: NativeConversation[]): Promise<string[]> {
  const response = await postJson(api, '/api/conversations/batch', conversations, headers);
  if (response.status !== 200 || response.body.counts.failed > 0) {
    throw new Error(`batch failed: ${JSON.stringify(response.body).slice(0, 500)}`);
  }
  await settled(api);
  return response.body.items.map((item: { id: string }) => item.id);
}

/** Waits until the scoring worker has nothing running or due, rescores included. */
export async function settled(api: TestApi): Promise<void> {
  await api.app.get(ScoringWorker).idle();
}

export async function detail(api: TestApi, headers: Record<string, string>, id: string): Promise<ConversationDetailDto> {
  const response = await getJson(api, `/api/conversations/${id}`, headers);
  if (response.status !== 200) {
    throw new Error(`GET conversation ${id} answered ${response.status}`);
  }
  return response.body as ConversationDetailDto;
}

/** Stored fingerprints of the given conversations, by id. */
export async function fingerprints(api: TestApi, ids: readonly string[]): Promise<Map<string, string | null>> {
  const rows: Array<{ id: string; settings_fingerprint: string | null }> = await api.dataSource.query('SELECT id, settings_fingerprint FROM conversations');
  return new Map(rows.filter((row) => ids.includes(row.id)).map((row) => [row.id, row.settings_fingerprint]));
}
