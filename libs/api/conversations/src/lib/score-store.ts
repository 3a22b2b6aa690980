import type { EntityManager } from 'typeorm';
import { dialectOf, insertRows } from '@rapport/api-database';
import { updateFromValues } from './bulk-update';
import type { ConversationRow } from './stored-conversation';

/** A WHERE condition over the `conversations` columns with its parameters (the scorer's rescore scopes). */
export interface ConversationCondition {
  where: string;
  params: unknown[];
}

/** What scoring stores for one conversation: headline scores on its row, the language of each message, the details. */
export interface ConversationScoreToStore {
  id: string;
  /** The content scored: a conversation updated meanwhile keeps its new `pending` status. */
  contentHash: string;
  status: string;
  scorerVersion: string;
  language: string | null;
  responsiveness: number | null;
  courtesy: number | null;
  comprehension: number | null;
  overall: number | null;
  firstResponseSeconds: number | null;
  settingsFingerprint: string;
  details: unknown;
  messageLanguages: ReadonlyArray<{ messageId: number; language: string | null }>;
}

const HEADLINE_COLUMNS = [
  { name: 'score_status' },
  { name: 'scorer_version' },
  { name: 'language' },
  { name: 'responsiveness', cast: 'double precision' },
  { name: 'courtesy', cast: 'double precision' },
  { name: 'comprehension', cast: 'double precision' },
  { name: 'overall', cast: 'double precision' },
  { name: 'first_response_seconds', cast: 'double precision' },
  { name: 'settings_fingerprint' },
  { name: 'updated_at' },
] as const;
/**
 * The start of the same customer's latest earlier conversation with the same vendor: the scorer's `previousContactAt`,
 * read at scoring time so the answer never depends on the order conversations were imported in.
 */
const PREVIOUS_CONTACT_SQL = `(SELECT MAX(p.created_at) FROM conversations p
   WHERE p.vendor_id = conversations.vendor_id AND p.customer_key = conversations.customer_key AND p.created_at < conversations.created_at)`;

/** Conversations the condition covers, of one vendor or of all; the condition's parameters are numbered from 0. */
export async function countConversations(
  manager: EntityManager,
  condition: ConversationCondition,
  vendorId?: string,
): Promise<number> {
  const dialect = dialectOf(manager);
  const vendor = vendorId === undefined ? '' : ` AND vendor_id = ${dialect.param(condition.params.length)}`;
  const [row] = await manager.query(`SELECT COUNT(*) AS n FROM conversations WHERE ${condition.where}${vendor}`, [
    ...condition.params,
    ...(vendorId === undefined ? [] : [vendorId]),
  ]);
  return Number(row.n);
}

/** The next conversations to score after `afterId`, in id order; the condition's parameters are numbered from 1. */
export async function conversationsToScore(
  manager: EntityManager,
  afterId: string,
  condition: ConversationCondition,
  limit: number,
): Promise<ConversationRow[]> {
  return manager.query(
    `SELECT id, source, external_id, vendor_id, channel, queue, site, declared_language, created_at, closed_at, tags, content_hash, message_count, opening_missing,
            ${PREVIOUS_CONTACT_SQL} AS previous_contact_at
       FROM conversations WHERE id > ${dialectOf(manager).param(0)} AND ${condition.where} ORDER BY id LIMIT ${limit}`,
    [afterId, ...condition.params],
  );
}

/** Stores the scores in the caller's transaction, onto conversations whose content is still the one scored. */
export async function storeScores(
  manager: EntityManager,
  scores: readonly ConversationScoreToStore[],
  now: string,
): Promise<void> {
  await updateFromValues(
    manager,
    { table: 'conversations', key: { name: 'id' }, match: [{ name: 'content_hash' }], set: HEADLINE_COLUMNS },
    scores.map((score) => [
      score.id,
      score.contentHash,
      score.status,
      score.scorerVersion,
      score.language,
      score.responsiveness,
      score.courtesy,
      score.comprehension,
      score.overall,
      score.firstResponseSeconds,
      score.settingsFingerprint,
      now,
    ]),
  );
  await updateFromValues(
    manager,
    { table: 'messages', key: { name: 'id', cast: 'integer' }, set: [{ name: 'language' }] },
    scores.flatMap((score) => score.messageLanguages.map(({ messageId, language }) => [messageId, language])),
  );
  await insertRows(
    manager,
    'conversation_scores',
    ['conversation_id', 'scorer_version', 'details', 'computed_at'],
    scores.map((score) => [score.id, score.scorerVersion, JSON.stringify(score.details ?? null), now]),
    'ON CONFLICT (conversation_id) DO UPDATE SET scorer_version = excluded.scorer_version, details = excluded.details, computed_at = excluded.computed_at',
  );
}
