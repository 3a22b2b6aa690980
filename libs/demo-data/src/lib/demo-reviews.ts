import { SeededRandom } from './random';

/**
 * The language in which the demo's human reviewers disagree with the automatic scores: their grades there are
 * loosely related to the automatic score (wide noise and a bias), elsewhere they follow it closely. The agreement
 * page should find it.
 */
export const DEMO_WEAK_LANGUAGE = 'sl';

/**
 * The demo's default rubric: the automatic dimensions as 1–5 criteria weighted like the scorer's default weights,
 * so a review total and the automatic overall score measure the same thing.
 */
export const DEMO_RUBRIC = {
  name: 'Support quality (default)',
  description: 'Mirrors the automatic dimensions, so human grades can be compared with the automatic scores.',
  criteria: [
    {
      key: 'responsiveness',
      label: 'Answers in good time and keeps the customer informed',
      group: 'responsiveness',
      weight: 35,
      scale: '1-5',
      allowNa: false,
      critical: false,
      description: '',
    },
    {
      key: 'courtesy',
      label: 'Polite, warm, in the register the customer expects',
      group: 'courtesy',
      weight: 35,
      scale: '1-5',
      allowNa: false,
      critical: false,
      description: '',
    },
    {
      key: 'comprehension',
      label: 'Understands the request and answers it',
      group: 'comprehension',
      weight: 30,
      scale: '1-5',
      allowNa: false,
      critical: false,
      description: '',
    },
  ],
} as const;

function hashSeed(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

/** Standard normal draw (Box–Muller) from the seeded generator. */
function normal(random: SeededRandom): number {
  const u = Math.max(random.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/** 0–100 onto 1–5: 0–12 → 1, 13–37 → 2, 38–62 → 3, 63–87 → 4, 88–100 → 5 (the nearest of 0, 25, 50, 75, 100). */
export function toFivePoint(score: number): number {
  return Math.min(5, Math.max(1, Math.round(Math.min(100, Math.max(0, score)) / 25) + 1));
}

/**
 * A demo reviewer's 1–5 grade of one dimension of one conversation, given the automatic 0–100 score: close to it
 * (noise sd 5) in most languages; in DEMO_WEAK_LANGUAGE mostly the reviewer's own view (a fifth of the automatic
 * score, the rest 45 ± 25), so the two barely agree there. Deterministic for the seed, conversation and dimension.
 */
export function demoHumanGrade(
  automatic: number,
  language: string,
  conversationId: string,
  dimension: string,
  seed: number,
): number {
  const random = new SeededRandom(hashSeed(`${conversationId}:${dimension}`, seed));
  const weak = language === DEMO_WEAK_LANGUAGE;
  const score = weak ? 0.2 * automatic + 0.8 * (45 + 25 * normal(random)) : automatic + 5 * normal(random);
  return toFivePoint(score);
}
