import { Evidence, evidence } from '../evidence';
import { clamp, round } from '../message/score-message';
import {
  ResponsivenessScore,
  ScorableConversation,
  ScoringContext,
} from '../types';
import {
  businessSecondsBetween,
  compileCalendar,
  isBusinessTime,
  isWeekend,
} from './business-time';
import {
  ConversationItem,
  formatDuration,
  isGratitudeOnly,
} from './conversation-item';

/** Share of the responsiveness score: first response, later replies, nothing left unanswered. */
const FIRST_RESPONSE_SHARE = 0.5;
const REPLY_GAP_SHARE = 0.35;
const UNANSWERED_SHARE = 0.15;
const POINTS_LOST_PER_UNANSWERED = 50;

interface Gap {
  readonly customerIndex: number;
  readonly agentIndex: number;
  readonly wall: number;
  readonly business: number;
}

/** 100 on target, then falling in proportion: twice the target scores 50, four times 25. */
function againstTarget(actual: number, target: number): number {
  return actual <= target ? 100 : (100 * target) / actual;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0
    ? null
    : values.reduce((a, b) => a + b, 0) / values.length;
}

export function scoreResponsiveness(
  conversation: ScorableConversation,
  items: readonly ConversationItem[],
  context: ScoringContext,
): { score: ResponsivenessScore; evidence: Evidence[] } {
  const calendar = compileCalendar(context.calendar);
  const target = context.sla[conversation.channel];
  const found: Evidence[] = [];
  const gaps: Gap[] = [];
  let waitingSince: ConversationItem | null = null;
  let pending: ConversationItem[] = [];
  let afterHoursCustomerMessages = 0;
  let weekend = false;
  let afterHoursAgentReplies = 0;

  for (const item of items) {
    const at = item.message.at;
    if (item.message.role === 'customer') {
      if (!isBusinessTime(calendar, at)) {
        afterHoursCustomerMessages++;
        found.push(evidence(item.index, 0, 0, 'responsiveness.after-hours'));
      }
      if (isWeekend(calendar, at)) {
        weekend = true;
        found.push(evidence(item.index, 0, 0, 'responsiveness.weekend'));
      }
      waitingSince ??= item;
      pending.push(item);
      continue;
    }
    if (!isBusinessTime(calendar, at)) {
      afterHoursAgentReplies++;
    }
    if (waitingSince) {
      const since = waitingSince.message.at;
      gaps.push({
        customerIndex: waitingSince.index,
        agentIndex: item.index,
        wall: (at - since) / 1000,
        business: businessSecondsBetween(calendar, since, at),
      });
      waitingSince = null;
      pending = [];
    }
  }

  const unanswered = pending.filter((item) => !isGratitudeOnly(item));
  unanswered.forEach((item) =>
    found.push(evidence(item.index, 0, 0, 'responsiveness.unanswered')),
  );
  const clockOf = (gap: Gap): number =>
    target.clock === 'business' ? gap.business : gap.wall;
  // A conversation whose opening is not in the data (the agent wrote first, or the source marked it as a reply to a
  // message outside the data) has no first response to measure: every wait in it is a later reply.
  const openingInData =
    conversation.openingMissing !== true && items[0]?.message.role !== 'agent';
  const first = openingInData ? gaps[0] : undefined;
  const later = openingInData ? gaps.slice(1) : gaps;
  if (first && clockOf(first) > target.firstResponseSeconds) {
    found.push(
      evidence(
        first.agentIndex,
        0,
        0,
        'responsiveness.first-response',
        `${formatDuration(clockOf(first))} (target ${formatDuration(target.firstResponseSeconds)}, ${target.clock} clock)`,
      ),
    );
  }
  later
    .filter((gap) => clockOf(gap) > target.replyGapSeconds)
    .forEach((gap) =>
      found.push(
        evidence(
          gap.agentIndex,
          0,
          0,
          'responsiveness.slow-reply',
          `${formatDuration(clockOf(gap))} (target ${formatDuration(target.replyGapSeconds)}, ${target.clock} clock)`,
        ),
      ),
    );

  const customerWrote = items.some((i) => i.message.role === 'customer');
  const waits = gaps.map((g) => g.wall);
  const firstUnanswered = unanswered[0];
  if (
    firstUnanswered &&
    conversation.closedAt !== undefined &&
    conversation.closedAt > firstUnanswered.message.at
  ) {
    waits.push((conversation.closedAt - firstUnanswered.message.at) / 1000);
  }
  let score: number | null = null;
  let withinSla: boolean | null = null;
  if (customerWrote && !openingInData) {
    const laterPart =
      mean(later.map((g) => againstTarget(clockOf(g), target.replyGapSeconds))) ?? 0;
    const unansweredPart = Math.max(0, 100 - POINTS_LOST_PER_UNANSWERED * unanswered.length);
    score = round(
      clamp(
        (REPLY_GAP_SHARE * laterPart + UNANSWERED_SHARE * unansweredPart) /
          (REPLY_GAP_SHARE + UNANSWERED_SHARE),
      ),
      1,
    );
  } else if (customerWrote) {
    const firstPart = first
      ? againstTarget(clockOf(first), target.firstResponseSeconds)
      : 0;
    const laterPart = first
      ? (mean(
          later.map((g) => againstTarget(clockOf(g), target.replyGapSeconds)),
        ) ?? 100)
      : 0;
    const unansweredPart = Math.max(
      0,
      100 - POINTS_LOST_PER_UNANSWERED * unanswered.length,
    );
    score = round(
      clamp(
        FIRST_RESPONSE_SHARE * firstPart +
          REPLY_GAP_SHARE * laterPart +
          UNANSWERED_SHARE * unansweredPart,
      ),
      1,
    );
    withinSla =
      first !== undefined &&
      clockOf(first) <= target.firstResponseSeconds &&
      later.every((g) => clockOf(g) <= target.replyGapSeconds) &&
      unanswered.length === 0;
  }
  const closedAt = conversation.closedAt;
  const meanGap = mean(gaps.map((g) => g.wall));
  const meanBusinessGap = mean(gaps.map((g) => g.business));
  return {
    score: {
      score,
      openingInData,
      firstResponseSeconds: first ? round(first.wall, 0) : null,
      firstResponseBusinessSeconds: first ? first.business : null,
      maxWaitSeconds: waits.length ? round(Math.max(...waits), 0) : null,
      meanReplyGapSeconds: meanGap === null ? null : round(meanGap, 0),
      meanReplyGapBusinessSeconds:
        meanBusinessGap === null ? null : round(meanBusinessGap, 0),
      unansweredCustomerMessages: unanswered.length,
      resolutionSeconds:
        closedAt === undefined
          ? null
          : round((closedAt - conversation.createdAt) / 1000, 0),
      resolutionBusinessSeconds:
        closedAt === undefined
          ? null
          : businessSecondsBetween(calendar, conversation.createdAt, closedAt),
      afterHours: afterHoursCustomerMessages > 0,
      weekend,
      afterHoursCustomerMessages,
      afterHoursAgentReplies,
      withinSla,
      slaClock: target.clock,
    },
    evidence: found,
  };
}
