import { CSAT_SCALE_RANGE } from '@rapport/analytics';
import type { CsatScale } from '@rapport/contracts';
import { CSAT_SCALES } from '@rapport/contracts';
import { z } from 'zod';

/** Whether a score is a whole answer of the scale; the scales' ranges are the analytics ones (thumbs: 0 down, 1 up). */
export function scoreFitsScale(score: number, scale: CsatScale): boolean {
  const { min, max } = CSAT_SCALE_RANGE[scale];
  return Number.isInteger(score) && score >= min && score <= max;
}

/**
 * The native survey answer shape that every survey import produces: one answer to one question of the survey sent
 * after a conversation. A survey with several questions is several answers with the same conversationExternalId.
 * `score` is a whole number within `scale`; thumbs are 0 (down) or 1 (up). Timestamps are ISO 8601 UTC.
 */
export const nativeSurveySchema = z
  .object({
    source: z.string().min(1).max(100).optional(),
    conversationExternalId: z.string().min(1).max(200),
    questionKey: z.string().min(1).max(100).default('csat'),
    score: z.number(),
    scale: z.enum(CSAT_SCALES),
    comment: z.string().max(5000).optional(),
    answeredAt: z.string().min(1),
    agentId: z.string().min(1).max(200).optional(),
    /** Slug of the vendor whose conversation is rated: needed when several vendors hold the conversation's id. */
    vendor: z.string().min(1).max(100).optional(),
  })
  .superRefine((survey, ctx) => {
    if (!scoreFitsScale(survey.score, survey.scale)) {
      const { min: low, max: high } = CSAT_SCALE_RANGE[survey.scale];
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `score ${survey.score} is outside the ${survey.scale} scale (whole numbers ${low}–${high})`,
      });
    }
  });
export type NativeSurvey = z.infer<typeof nativeSurveySchema>;

const THUMBS_UP = ['up', 'thumbs up', 'thumbs_up', 'thumbsup', '👍', 'good', 'yes'];
const THUMBS_DOWN = ['down', 'thumbs down', 'thumbs_down', 'thumbsdown', '👎', 'bad', 'no'];

/** Reads a score as written in a file (number, numeric text, or a thumbs word) for the given scale. */
export function readScore(raw: unknown, scale: CsatScale): { score: number; error?: undefined } | { error: string } {
  let score: number;
  if (typeof raw === 'number') {
    score = raw;
  } else if (typeof raw === 'string' && raw.trim() !== '') {
    const text = raw.trim().toLowerCase();
    if (scale === 'thumbs' && THUMBS_UP.includes(text)) {
      return { score: 1 };
    }
    if (scale === 'thumbs' && THUMBS_DOWN.includes(text)) {
      return { score: 0 };
    }
    score = Number(text);
    if (Number.isNaN(score)) {
      return { error: `score ${JSON.stringify(raw)} is not a number${scale === 'thumbs' ? ' nor up/down' : ''}` };
    }
  } else if (typeof raw === 'boolean' && scale === 'thumbs') {
    return { score: raw ? 1 : 0 };
  } else {
    return { error: 'score is required' };
  }
  if (!Number.isInteger(score)) {
    return { error: `score ${score} is not a whole number` };
  }
  if (!scoreFitsScale(score, scale)) {
    const { min: low, max: high } = CSAT_SCALE_RANGE[scale];
    return { error: `score ${score} is outside the ${scale} scale (whole numbers ${low}–${high})` };
  }
  return { score };
}
