import { z } from 'zod';
import { AUTHOR_ROLES, CHANNELS } from './vocabulary';

/**
 * Most of one message's text that per-character work reads, in UTF-16 units (64 Ki, about 10,000 words, far beyond any
 * support message): the scorer scores a longer message on this prefix, and PII redaction stores only this prefix of
 * it, redacted, with a note, so the work per message is bounded whatever it holds. Messages may be up to 4 MB.
 */
export const MAX_TEXT_WORK_CHARS = 65_536;

/**
 * The native conversation shape: what `POST /api/conversations/batch` and JSON Lines imports accept,
 * and what every other import format is converted into. Timestamps are ISO 8601 strings normalised to UTC.
 */
export const nativeMessageSchema = z.object({
  role: z.enum(AUTHOR_ROLES),
  at: z.string().min(1),
  text: z.string(),
  agentId: z.string().min(1).max(200).optional(),
  agentName: z.string().max(200).optional(),
  internal: z.boolean().optional(),
});
export type NativeMessage = z.infer<typeof nativeMessageSchema>;

export const nativeConversationSchema = z.object({
  source: z.string().min(1).max(100).default('api'),
  externalId: z.string().min(1).max(200),
  vendor: z.string().min(1).max(100),
  channel: z.enum(CHANNELS),
  queue: z.string().max(200).optional(),
  site: z.string().max(200).optional(),
  language: z.string().min(2).max(10).optional(),
  createdAt: z.string().min(1),
  closedAt: z.string().min(1).optional(),
  tags: z.array(z.string().max(100)).max(100).optional(),
  /**
   * The conversation's opening customer message is not in the data (e.g. a customer tweet replying to an earlier
   * brand tweet missing from the file): it gets no first-response time. A conversation the agent opens is treated
   * the same way without this flag.
   */
  openingMissing: z.boolean().optional(),
  /**
   * The transcript is not in the data (a help-desk ticket imported without its comments): the conversation is stored
   * and counted but never scored nor aggregated until its messages arrive. Only file imports set it; the REST API
   * requires messages.
   */
  transcriptMissing: z.boolean().optional(),
  /**
   * Who the customer is in the source system (a help-desk requester id, a Twitter author id): used only to tell a
   * contact within 72 hours of the same customer's previous one with the vendor. Stored as a keyed hash, never returned.
   */
  customerId: z.string().min(1).max(200).optional(),
  messages: z.array(nativeMessageSchema).min(1).max(5000),
});
export type NativeConversation = z.infer<typeof nativeConversationSchema>;
