import { PhraseCategory } from '../../languages/language-resources';

/**
 * The hand-set weights of the rule-based scorer 1.0.0. They are the prior of the learned model (training pulls
 * each shared weight towards them) and define which categories are politeness strategies.
 */
export const RULE_POLITENESS_POINTS: Readonly<Partial<Record<PhraseCategory | 'firstName', number>>> = {
  greeting: 8,
  closing: 8,
  thanks: 10,
  please: 8,
  apology: 8,
  empathy: 10,
  hedge: 5,
  deference: 6,
  firstName: 4,
};

/** Rudeness severity (0–1) of one occurrence in the rule-based scorer. */
export const RULE_RUDENESS_SEVERITY: Readonly<Partial<Record<PhraseCategory | 'shouting', number>>> = {
  profanity: 0.6,
  insult: 0.7,
  dismissive: 0.4,
  blame: 0.35,
  sarcasm: 0.3,
  shouting: 0.3,
  bareImperative: 0.2,
};

/** Politeness strategies: the categories counted by `politenessRate`. */
export const POLITENESS_STRATEGIES: ReadonlySet<PhraseCategory> = new Set(
  (Object.keys(RULE_POLITENESS_POINTS) as (PhraseCategory | 'firstName')[]).filter(
    (c): c is PhraseCategory => c !== 'firstName',
  ),
);

/**
 * A message counts as rude (`rudeMessages`, `customerRudeMessages`) when P(rude) reaches this: 2.5 times the 2 %
 * support base rate, which any one rudeness cue on an otherwise plain message reaches in every language.
 */
export const RUDE_MESSAGE_PROBABILITY = 0.05;
