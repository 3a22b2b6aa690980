import { z } from 'zod';

// Field shapes shared by the review request schemas.
export const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes, at most 40');
export const text = (max: number) => z.string().trim().min(1).max(max);
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
