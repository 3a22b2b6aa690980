import { z } from 'zod';

/** Query string of the batch ingestion routes. */
export const batchQuerySchema = z.object({
  redactPii: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1'),
});
export type BatchQuery = z.infer<typeof batchQuerySchema>;
