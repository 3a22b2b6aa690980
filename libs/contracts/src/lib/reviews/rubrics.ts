import { z } from 'zod';
import { key, text } from './fields';

/** The automatic scorer's dimensions; a rubric group with one of these names is compared with that automatic score. */
export const AUTOMATIC_DIMENSIONS = ['responsiveness', 'courtesy', 'comprehension'] as const;
export type AutomaticDimension = (typeof AUTOMATIC_DIMENSIONS)[number];

/** Rating scales of rubric criteria. `yes-no` is rated 1 (yes) or 0 (no). */
export const RUBRIC_SCALES = ['yes-no', '1-3', '1-5', '0-100'] as const;
export type RubricScale = (typeof RUBRIC_SCALES)[number];

export const REVIEW_STATUSES = ['draft', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const DISPUTE_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const rubricCriterionSchema = z.object({
  key,
  label: text(200),
  /** An automatic dimension (`responsiveness`, `courtesy`, `comprehension`) or a custom group name. */
  group: key,
  weight: z.number().positive().max(100),
  scale: z.enum(RUBRIC_SCALES),
  allowNa: z.boolean().default(false),
  /** A critical criterion rated below the middle of its scale fails the whole review (total 0). */
  critical: z.boolean().default(false),
  description: z.string().trim().max(1000).default(''),
});
/** Written out (not `z.infer`) so the OpenAPI generator can read it; `reviews-types.spec.ts` keeps it equal to the schema. */
export interface RubricCriterion {
  key: string;
  label: string;
  group: string;
  weight: number;
  scale: RubricScale;
  allowNa: boolean;
  critical: boolean;
  description: string;
}

export const rubricInputSchema = z
  .object({
    name: text(200),
    description: z.string().trim().max(2000).default(''),
    criteria: z.array(rubricCriterionSchema).min(1).max(60),
  })
  .refine((rubric) => new Set(rubric.criteria.map((criterion) => criterion.key)).size === rubric.criteria.length, {
    message: 'criterion keys must be unique',
    path: ['criteria'],
  });
export type RubricInput = z.infer<typeof rubricInputSchema>;

export interface RubricDto {
  id: string;
  name: string;
  description: string;
  /** The id of this version: reviews keep the version they were made with. */
  versionId: string;
  version: number;
  criteria: RubricCriterion[];
  createdAt: string;
}
