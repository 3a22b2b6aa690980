import type { ConversationDetailDto, ConversationEvidenceDto, ScoreStatus } from '@rapport/contracts';
import { formatDuration, formatMetricValue } from '@rapport/dashboard-ui';

export interface SummaryItem {
  label: string;
  value: string;
}

/** A rule that fired in the conversation, how often, and what it means. */
export interface FiredRule {
  rule: string;
  count: number;
  explanation: string;
}

const STATUS_WORDS: Record<ScoreStatus, string> = {
  scored: 'Scored',
  pending: 'Waiting to be scored',
  unsupported: 'Language without scoring resources: only responsiveness is scored',
  failed: 'Scoring failed',
  'no-transcript': 'Transcript missing: not scored and left out of every figure until its messages are imported',
};

const yesNo = (value: boolean | null): string => (value === null ? 'Not applicable' : value ? 'Yes' : 'No');

/** The conversation's scores, response time and CSAT as label/value pairs. */
export function scoreItems(detail: ConversationDetailDto): SummaryItem[] {
  const score = (value: number | null) => (value === null ? '—' : formatMetricValue(value, 'score'));
  return [
    { label: 'Overall', value: score(detail.scores.overall) },
    { label: 'Responsiveness', value: score(detail.scores.responsiveness) },
    { label: 'Courtesy', value: score(detail.scores.courtesy) },
    { label: 'Comprehension', value: score(detail.scores.comprehension) },
    { label: 'First response', value: firstResponseWords(detail) },
    { label: 'CSAT', value: detail.csat === null ? 'No survey' : `${score(detail.csat)} (${detail.csatSatisfied ? 'satisfied' : 'not satisfied'})` },
    { label: 'Status', value: STATUS_WORDS[detail.scoreStatus] },
  ];
}

function firstResponseWords(detail: ConversationDetailDto): string {
  if (detail.firstResponseSeconds !== null) {
    return formatDuration(detail.firstResponseSeconds);
  }
  return detail.signals?.openingInData === false ? 'Not measured: the opening is not in the data' : 'No agent reply';
}

/** The per-conversation signals in words; none before the conversation is scored. */
export function signalItems(detail: ConversationDetailDto): SummaryItem[] {
  const signals = detail.signals;
  if (!signals) {
    return [];
  }
  return [
    ...(signals.openingInData === false ? [{ label: 'Opening in the data', value: 'no — the first customer message is not in the data, so no first response is measured' }] : []),
    { label: 'First response within target', value: yesNo(signals.withinSla) },
    { label: 'Customer wrote after hours', value: yesNo(signals.afterHours) },
    { label: 'Customer wrote at the weekend', value: yesNo(signals.weekend) },
    { label: 'Agent answered in another language', value: yesNo(signals.languageMismatch) },
    { label: 'Customer asked for clarification', value: yesNo(signals.clarificationRequest) },
    { label: 'Customer asked for another agent', value: yesNo(signals.asksOtherAgent) },
  ];
}

/** Every rule that fired, most frequent first, with the first explanation given for it. */
export function firedRules(evidence: readonly ConversationEvidenceDto[]): FiredRule[] {
  const rules = new Map<string, FiredRule>();
  for (const item of evidence) {
    const known = rules.get(item.rule);
    if (known) {
      known.count += 1;
    } else {
      rules.set(item.rule, { rule: item.rule, count: 1, explanation: item.explanation });
    }
  }
  return [...rules.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

/** Evidence about the conversation as a whole (it names no message of the transcript), listed beside it. */
export function conversationLevelEvidence(detail: ConversationDetailDto): ConversationEvidenceDto[] {
  const positions = new Set(detail.messages.map((message) => message.position));
  return detail.evidence.filter((item) => !positions.has(item.messageIndex));
}
