import { HeadName } from '../src/lib/model/model-file';
import { featureIndex, SHARED_FEATURES, SharedFeature } from '../src/lib/model/features';
import { RULE_POLITENESS_POINTS, RULE_RUDENESS_SEVERITY } from '../src/lib/model/rule-weights';

const featureOf = (key: string): SharedFeature =>
  key === 'firstName' ? 'first-name' : key === 'shouting' ? 'shouting' : (`cat.${key}` as SharedFeature);
const NEGATED_POLITENESS_POINTS = -5;

/**
 * Prior means of the shared weights: the hand-set weights of the rule-based scorer 1.0.0, moved to the logit
 * scale. Training pulls each weight towards its prior, so a strategy the labelled data rarely shows keeps its
 * rule weight, and every language (labelled or not) shares the result.
 *
 * Politeness: v1 courtesy points / 100 × 4.2 (the logit slope at the v1 neutral 60 %); rudeness cues enter
 * courtesy through −80 × severity points. Rudeness: logit(severity) − logit(2 %), the lift a cue gives a message
 * that was otherwise unremarkable. Formality: ±2 per V/T marker.
 */
const LOGIT_PER_POINT = 0.042;
const logit = (p: number): number => Math.log(p / (1 - p));
const NEUTRAL_RUDENESS = 0.02;

export function priorWeights(head: HeadName): Float64Array {
  const prior = new Float64Array(SHARED_FEATURES.length);
  const set = (f: SharedFeature, w: number) => (prior[featureIndex(f)] = w);
  if (head === 'politeness') {
    Object.entries(RULE_POLITENESS_POINTS).forEach(([c, p]) => set(featureOf(c), p * LOGIT_PER_POINT));
    set('negated-politeness', NEGATED_POLITENESS_POINTS * LOGIT_PER_POINT);
    Object.entries(RULE_RUDENESS_SEVERITY).forEach(([c, s]) => set(featureOf(c), -80 * s * LOGIT_PER_POINT));
  } else if (head === 'rudeness') {
    Object.entries(RULE_RUDENESS_SEVERITY).forEach(([c, s]) => set(featureOf(c), logit(s) - logit(NEUTRAL_RUDENESS)));
  } else {
    set('cat.formal', 2);
    set('cat.informal', -2);
  }
  return prior;
}

/**
 * Where a message with no cue at all lands (the anchor of each head's offset). No labelled support data says how
 * readers rate a plain, cue-less agent message, so these are stated assumptions, kept from the rule-based scorer:
 * courtesy 60, rudeness 2 %, and formality undecided. They shift every language alike and change no ranking.
 */
export const ANCHOR: Readonly<Record<HeadName, number>> = {
  politeness: 0.6,
  rudeness: NEUTRAL_RUDENESS,
  formality: 0.5,
};

/** The features of a plain sentence of 7–20 words, capitalised and ending with a full stop, and nothing else. */
export function anchorMessage(): Float64Array {
  const x = new Float64Array(SHARED_FEATURES.length);
  x[featureIndex('length.7-20')] = 1;
  return x;
}
