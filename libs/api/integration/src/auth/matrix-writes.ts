/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies of every route are judged as plain JSON */
import { MATRIX_MONTH, MATRIX_SOURCE, MatrixWorld, VendorSide } from './matrix-world';
import { unique } from './matrix-requests';

/** Conversation writes of the matrix: a valid record of one vendor, the takeover record, and how a refusal looks. */

export function conversationFor(side: VendorSide) {
  const at = `${MATRIX_MONTH}-21T09:00:00.000Z`;
  return {
    source: MATRIX_SOURCE,
    externalId: unique('written'),
    vendor: side.vendor.slug,
    channel: 'chat',
    createdAt: at,
    messages: [
      { role: 'customer', at, text: 'Hello, my invoice is wrong.' },
      {
        role: 'agent',
        at: `${MATRIX_MONTH}-21T09:03:00.000Z`,
        text: 'Hello, thank you for telling us. I have corrected it.',
        agentId: `${side.vendor.slug}-agent-1`,
      },
    ],
  };
}

/**
 * The takeover of issue 12: a record of the caller's own vendor that reuses the source and id of a conversation the
 * other vendor stored. Conversations are keyed by vendor: a vendor-bound writer gets its own conversation, answered as
 * for a free id (`ownAsForAFreeId`); a client-wide writer is refused. `stillTheOtherVendors` checks nothing of the
 * other vendor's conversation changed.
 */
export async function takeoverOf(world: MatrixWorld) {
  await rememberTheOtherVendors(world);
  const [row] = await world.api.dataSource.query(
    `SELECT source, external_id FROM conversations WHERE id = '${world.other.conversationIds[0]}'`,
  );
  return { ...conversationFor(world.own), source: row.source, externalId: row.external_id };
}

/** What the other vendor holds of its first conversation: the row, its messages and the answers rating it. */
async function otherVendorsConversation(world: MatrixWorld) {
  const id = world.other.conversationIds[0];
  const q = (sql: string) => world.api.dataSource.query(sql);
  return JSON.stringify({
    conversation: await q(
      `SELECT id, source, external_id, vendor_id, content_hash, message_count FROM conversations WHERE id = '${id}'`,
    ),
    messages: await q(
      `SELECT position, author_role, agent_id, sent_at, text FROM messages WHERE conversation_id = '${id}' ORDER BY position`,
    ),
    surveys: await q(
      `SELECT id, question_key, score, agent_id, conversation_vendor_id FROM csat_surveys WHERE conversation_id = '${id}' ORDER BY id`,
    ),
  });
}

/** Snapshots of the other vendor's conversation taken when the matrix world is first asked for one. */
const snapshots = new WeakMap<MatrixWorld, Promise<string>>();

/** Takes the snapshot `stillTheOtherVendors` compares with; call before any write of the matrix. */
export function rememberTheOtherVendors(world: MatrixWorld): Promise<string> {
  let snapshot = snapshots.get(world);
  if (!snapshot) {
    snapshot = otherVendorsConversation(world);
    snapshots.set(world, snapshot);
  }
  return snapshot;
}

export async function stillTheOtherVendors(world: MatrixWorld): Promise<string | null> {
  const before = await rememberTheOtherVendors(world);
  const now = await otherVendorsConversation(world);
  return now === before ? null : `the other vendor's conversation changed: ${before} → ${now}`;
}

/**
 * The answer a vendor-bound key gets for the takeover record (or survey answer): stored as its own, with exactly the
 * fields a free id gets (nothing that depends on the other vendor), and under its own vendor. That the answer is the
 * same as for a free id, byte for byte, is `ingestion-takeover.int.spec.ts`.
 */
export async function ownAsForAFreeId(
  world: MatrixWorld,
  item: any,
  kind: 'conversation' | 'survey',
): Promise<string | null> {
  const fields =
    kind === 'conversation'
      ? ['externalId', 'id', 'line', 'status']
      : ['conversationExternalId', 'id', 'line', 'linked', 'questionKey', 'status'];
  // The matrix may send the same takeover record more than once (REST, then an import): later it updates the copy.
  const stored = kind === 'conversation' ? ['created', 'updated', 'unchanged'] : ['created'];
  if (!stored.includes(item?.status) || JSON.stringify(Object.keys(item).sort()) !== JSON.stringify(fields)) {
    return `expected the takeover item stored as the caller's own, as for a free id, got ${JSON.stringify(item)}`;
  }
  const table = kind === 'conversation' ? 'conversations' : 'csat_surveys';
  const column = kind === 'conversation' ? 'vendor_id' : 'conversation_vendor_id';
  const [row] = await world.api.dataSource.query(`SELECT ${column} AS vendor FROM ${table} WHERE id = '${item.id}'`);
  return row?.vendor === world.own.vendor.id ? null : `the takeover item was stored for ${JSON.stringify(row)}`;
}

/** A write that names another vendor is answered 200 per item: the item fails, nothing is stored. */
export async function itemRefused(
  _world: MatrixWorld,
  response: { status: number; body: any },
): Promise<string | null> {
  if (response.status !== 200 || response.body?.counts?.failed !== 1 || response.body?.counts?.created !== 0) {
    return `expected 200 with the item refused, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
  }
  return null;
}
