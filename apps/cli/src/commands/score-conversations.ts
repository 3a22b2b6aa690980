import { nativeConversationSchema } from '@rapport/contracts';
import {
  scoreConversation,
  ScoringContext,
  toScorableConversation,
} from '@rapport/scoring';

/** One native conversation line in, one score line out; a bad line yields `{id, error}`. */
export function scoreConversationLine(
  line: string,
  context: ScoringContext,
): string {
  let id: unknown = null;
  try {
    const input: unknown = JSON.parse(line);
    if (typeof input === 'object' && input !== null) {
      id = (input as Record<string, unknown>)['externalId'] ?? null;
    }
    const parsed = nativeConversationSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `invalid conversation: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown problem'}`,
      );
    }
    return JSON.stringify(
      scoreConversation(toScorableConversation(parsed.data), context),
    );
  } catch (error) {
    return JSON.stringify({
      id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
