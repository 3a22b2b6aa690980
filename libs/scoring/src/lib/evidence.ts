/** Why a score is what it is: a span of one message and the rule that fired there. */
export interface Evidence {
  /** Index of the message in the conversation as given (0 for a single scored message). */
  readonly messageIndex: number;
  /** UTF-16 offsets into the original message text; start === end marks the absence of something. */
  readonly start: number;
  readonly end: number;
  /** Stable rule id, e.g. 'courtesy.profanity'. */
  readonly rule: RuleId;
  readonly explanation: string;
  /**
   * Courtesy points this item moved the message's score (score with it minus score without it), for items the
   * learned model weighs; absent for conversation-level facts.
   */
  readonly points?: number;
}

/** Every rule the scorer can cite, with the sentence shown to reviewers. Ids are stable: analytics group by them. */
export const RULES = {
  'courtesy.greeting': 'Greets the other person',
  'courtesy.closing': 'Closes politely',
  'courtesy.thanks': 'Thanks the other person',
  'courtesy.please': 'Asks with "please" or an equivalent',
  'courtesy.apology': 'Apologises',
  'courtesy.empathy': 'Shows empathy or acknowledges the feeling',
  'courtesy.hedge': 'Softens a request or bad news',
  'courtesy.deference': 'Uses a respectful address or offers help willingly',
  'courtesy.first-name': 'Addresses the person by name',
  'courtesy.profanity': 'Profanity',
  'courtesy.insult': 'Insult or name-calling',
  'courtesy.blame': 'Blames the other person',
  'courtesy.dismissive': 'Dismissive phrase',
  'courtesy.sarcasm': 'Sarcasm',
  'courtesy.bare-imperative': 'Bare command without any softener',
  'courtesy.shouting': 'Shouting in capital letters',
  'courtesy.curt-reply': 'One- or two-word reply to a long customer message',
  'courtesy.ignored-question':
    'Customer question left without an answer or acknowledgement',
  'courtesy.missing-greeting': 'Agent never greets the customer',
  'courtesy.missing-closing': 'Agent does not close the conversation politely',
  'courtesy.register-formal': 'Formal address (V form)',
  'courtesy.register-informal': 'Informal address (T form)',
  'courtesy.style': 'Style and wording the learned model weighs',
  'courtesy.register-mismatch':
    'Register differs from what customers in this market expect',
  'comprehension.clarification-request': 'Customer asks what was meant',
  'comprehension.asks-for-other-agent':
    'Customer asks for another agent, a supervisor or a native speaker',
  'comprehension.repeated-question': 'Customer repeats a question',
  'comprehension.customer-language-switch': 'Customer switches language',
  'comprehension.agent-language-mismatch':
    "Agent replies in a language other than the customer's",
  'comprehension.answer-not-addressing':
    'Agent reply does not address the customer question',
  'comprehension.machine-translation-artefact':
    'Machine-translation or template artefact in agent text',
  'comprehension.hard-to-read':
    "Agent text is hard to read for the customer's language",
  'comprehension.recontact':
    'Customer contacted again about the same issue within 72 hours',
  'responsiveness.first-response':
    'First response slower than the channel target',
  'responsiveness.slow-reply': 'Reply slower than the channel target',
  'responsiveness.unanswered': 'Customer message never answered',
  'responsiveness.after-hours':
    "Customer wrote outside the vendor's business hours",
  'responsiveness.weekend': 'Customer wrote at the weekend',
  'language.unsupported':
    'Language without scoring resources: no courtesy or comprehension score',
  'text.scored-prefix': 'Very long message: only its beginning was scored',
} as const;
export type RuleId = keyof typeof RULES;

export function evidence(
  messageIndex: number,
  start: number,
  end: number,
  rule: RuleId,
  detail?: string,
): Evidence {
  return {
    messageIndex,
    start,
    end,
    rule,
    explanation:
      detail === undefined ? RULES[rule] : `${RULES[rule]}: ${detail}`,
  };
}

export function byPosition(a: Evidence, b: Evidence): number {
  return (
    a.messageIndex - b.messageIndex ||
    a.start - b.start ||
    a.end - b.end ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
