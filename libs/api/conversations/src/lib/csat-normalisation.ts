import type { CsatScale } from '@rapport/contracts';
import { CSAT_SCALE_RANGES } from '@rapport/ingest-formats';

/**
 * Puts a score on the common 0–100 scale every aggregate uses, and says whether the customer was satisfied:
 * the top two boxes of a numeric scale (4–5 of 1–5, 9–10 of 0–10), thumbs up for thumbs.
 */
export function normaliseCsat(score: number, scale: CsatScale): { normalized: number; satisfied: boolean } {
  const [low, high] = CSAT_SCALE_RANGES[scale];
  const normalized = ((score - low) / (high - low)) * 100;
  const satisfied = scale === 'thumbs' ? score === high : score >= high - 1;
  return { normalized, satisfied };
}
