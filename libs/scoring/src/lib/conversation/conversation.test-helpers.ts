import { AuthorRole, Channel } from '@rapport/contracts';
import { DEFAULT_SCORING_CONTEXT } from '../context';
import { ScorableConversation, ScoringContext } from '../types';

/** Monday 3 June 2024, 10:00 UTC: inside the default Monday–Friday 09:00–17:00 UTC calendar. */
export const MONDAY_10_UTC = Date.parse('2024-06-03T10:00:00Z');

/** A conversation from [role, seconds after the start, text] rows. */
export function conversation(
  rows: readonly (readonly [AuthorRole, number, string])[],
  options: {
    channel?: Channel;
    start?: number;
    closedAfterSeconds?: number;
    language?: string;
  } = {},
): ScorableConversation {
  const start = options.start ?? MONDAY_10_UTC;
  return {
    id: 'conv-1',
    channel: options.channel ?? 'chat',
    language: options.language,
    createdAt: start,
    closedAt:
      options.closedAfterSeconds === undefined
        ? undefined
        : start + options.closedAfterSeconds * 1000,
    messages: rows.map(([role, seconds, text]) => ({
      role,
      at: start + seconds * 1000,
      text,
    })),
  };
}

export function contextWith(
  overrides: Partial<ScoringContext>,
): ScoringContext {
  return { ...DEFAULT_SCORING_CONTEXT, ...overrides };
}
