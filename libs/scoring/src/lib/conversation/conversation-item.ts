import { MessageAnalysis } from '../message/analyze-message';
import { MessageScore } from '../message/score-message';
import { ScorableMessage } from '../types';

/** A customer or agent message with its analysis, in time order, remembering its index in the input. */
export interface ConversationItem {
  readonly index: number;
  readonly message: ScorableMessage;
  readonly analysis: MessageAnalysis;
  readonly score: MessageScore;
}

const GRATITUDE_ONLY_MAX_WORDS = 8;

/** "Thanks, bye!" after the agent's last reply needs no answer: it is not an unanswered message. */
export function isGratitudeOnly(item: ConversationItem): boolean {
  const a = item.analysis;
  return (
    a.question === null &&
    a.wordCount <= GRATITUDE_ONLY_MAX_WORDS &&
    a.hits.some(
      (h) =>
        h.category === 'thanks' ||
        h.category === 'closing' ||
        h.category === 'greeting',
    )
  );
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  const rest = s % 60;
  const parts = [
    d ? `${d}d` : '',
    h ? `${h}h` : '',
    m ? `${m}m` : '',
    rest && s < 3_600 ? `${rest}s` : '',
  ];
  return parts.filter(Boolean).join(' ') || '0s';
}
