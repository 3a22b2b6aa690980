import type { z } from 'zod';
import {
  ratingSchema,
  reviewCommentSchema,
  rubricCriterionSchema,
  samplingRuleSchema,
  type Rating,
  type ReviewComment,
  type RubricCriterion,
  type SamplingRule,
} from './reviews';

/** True only when A and B are the same type: the type-check of this file fails otherwise. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('answer types written out beside their schemas', () => {
  it('equal what the schemas parse to', () => {
    const same: [
      Same<RubricCriterion, z.infer<typeof rubricCriterionSchema>>,
      Same<SamplingRule, z.infer<typeof samplingRuleSchema>>,
      Same<Rating, z.infer<typeof ratingSchema>>,
      Same<ReviewComment, z.infer<typeof reviewCommentSchema>>,
    ] = [true, true, true, true];
    expect(same).toEqual([true, true, true, true]);
    const parsed: RubricCriterion = rubricCriterionSchema.parse({ key: 'tone', label: 'Tone', group: 'courtesy', weight: 1, scale: '1-5' });
    expect(parsed).toEqual({ key: 'tone', label: 'Tone', group: 'courtesy', weight: 1, scale: '1-5', allowNa: false, critical: false, description: '' });
  });
});
