import { Evidence } from '../evidence';
import { featureIndex, MessageFeatures, SHARED_FEATURES, SharedFeature } from '../model/features';
import { HeadReading, sharedWeight, sigmoid } from '../model/model';

/** Features that are not a lexicon hit: reported together as one `courtesy.style` item. */
const STYLE_LABELS: Readonly<Partial<Record<SharedFeature, string>>> = {
  'please.sentence-start': '“please” opening a sentence',
  'hedge.message-start': 'opens with an indirect request',
  'question.wh-start': 'opens with a question word',
  'second-person.start': 'opens with “you”',
  'first-person.start': 'opens with “I”/“we”',
  'punct.exclamation': 'exclamation mark',
  'punct.repeated': 'repeated ! or ?',
  'punct.question': 'question mark',
  'punct.ellipsis': 'ellipsis',
  'punct.no-final': 'no final punctuation',
  'case.lower-start': 'starts in lowercase',
  emoji: 'emoji',
  'length.1-2': 'one or two words',
  'length.3-6': 'three to six words',
  'length.7-20': 'seven to twenty words',
  'length.21+': 'over twenty words',
};
const STYLE_FEATURES = (Object.keys(STYLE_LABELS) as SharedFeature[]).map((f) => featureIndex(f));
/** Style items moving the score by less than this are left out of the evidence. */
const MIN_STYLE_POINTS = 1;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Courtesy points a change of `delta` on the calibrated logit made: score with it minus score without it. */
export function pointsOf(reading: HeadReading, delta: number): number {
  // reading.probability is sigmoid(reading.logit), already computed once per message.
  return round1(100 * (reading.probability - sigmoid(reading.logit - delta)));
}

/** Logit contribution of one hit: its feature's contribution shared equally among the hits that fed it. */
export function hitDelta(f: MessageFeatures, reading: HeadReading, feature: number, hitsOfFeature: number): number {
  return (reading.slope * sharedWeight('politeness', feature) * (f.shared[feature] as number)) / hitsOfFeature;
}

export function withPoints(e: Evidence, points: number): Evidence {
  // Written out: an object spread per evidence item cost more than the scoring arithmetic around it.
  return {
    messageIndex: e.messageIndex,
    start: e.start,
    end: e.end,
    rule: e.rule,
    explanation: e.explanation,
    points,
  };
}

/** The style and wording the model weighed, as one whole-message evidence item, or null when it moved little. */
export function styleEvidence(f: MessageFeatures, reading: HeadReading, messageIndex: number): Evidence | null {
  const parts: string[] = [];
  let delta = reading.slope * reading.ngrams;
  for (const k of STYLE_FEATURES) {
    const x = f.shared[k] as number;
    if (x === 0) {
      continue;
    }
    const d = reading.slope * sharedWeight('politeness', k) * x;
    delta += d;
    const points = pointsOf(reading, d);
    if (Math.abs(points) >= MIN_STYLE_POINTS) {
      parts.push(`${STYLE_LABELS[SHARED_FEATURES[k] as SharedFeature] ?? ''} (${points > 0 ? '+' : ''}${points})`);
    }
  }
  const wording = pointsOf(reading, reading.slope * reading.ngrams);
  if (Math.abs(wording) >= MIN_STYLE_POINTS) {
    parts.push(`wording (${wording > 0 ? '+' : ''}${wording})`);
  }
  const total = pointsOf(reading, delta);
  if (parts.length === 0 || Math.abs(total) < MIN_STYLE_POINTS) {
    return null;
  }
  return {
    messageIndex,
    start: 0,
    end: 0,
    rule: 'courtesy.style',
    explanation: `Style and wording the learned model weighs: ${parts.join(', ')}`,
    points: total,
  };
}
