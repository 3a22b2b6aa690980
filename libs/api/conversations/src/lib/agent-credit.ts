/** An agent reply as far as survey credit is concerned. */
export interface AgentReply {
  agentId: string;
  /** ISO 8601 UTC. */
  at: string;
}

/**
 * The agent a survey is credited to by default: whoever wrote the last customer-visible agent reply at or before
 * the moment the survey was answered. When every reply is later than the answer (clocks of two systems disagree),
 * the conversation's last reply is credited rather than nobody. `replies` are in conversation order.
 */
export function creditedAgent(replies: readonly AgentReply[], answeredAt: string): string | null {
  let credited: string | null = null;
  for (const reply of replies) {
    if (reply.at > answeredAt) {
      break;
    }
    credited = reply.agentId;
  }
  if (credited === null && replies.length > 0) {
    return replies[replies.length - 1]?.agentId ?? null;
  }
  return credited;
}
