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
 * other vendor stored. No writer may move it; `stillTheOtherVendors` checks nothing of it changed.
 */
export async function takeoverOf(world: MatrixWorld) {
  const [row] = await world.api.dataSource.query(
    `SELECT source, external_id FROM conversations WHERE id = '${world.other.conversationIds[0]}'`,
  );
  return { ...conversationFor(world.own), source: row.source, externalId: row.external_id };
}

export async function stillTheOtherVendors(world: MatrixWorld): Promise<string | null> {
  const id = world.other.conversationIds[0];
  const [row] = await world.api.dataSource.query(
    `SELECT c.vendor_id, (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS messages FROM conversations c WHERE c.id = '${id}'`,
  );
  return row?.vendor_id === world.other.vendor.id && Number(row.messages) > 0
    ? null
    : `the other vendor's conversation ${id} was taken over: ${JSON.stringify(row)}`;
}

/** A write that names another vendor is answered 200 per item: the item fails, nothing is stored. */
export async function itemRefused(_world: MatrixWorld, response: { status: number; body: any }): Promise<string | null> {
  if (response.status !== 200 || response.body?.counts?.failed !== 1 || response.body?.counts?.created !== 0) {
    return `expected 200 with the item refused, got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
  }
  return null;
}
