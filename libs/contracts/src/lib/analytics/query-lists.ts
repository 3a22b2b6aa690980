import { z } from 'zod';

/** Comma-separated or repeated parameters → trimmed, non-empty, distinct values. */
export function toList(value: unknown): unknown {
  if (value === undefined) {
    return undefined;
  }
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) =>
    typeof item === 'string' ? item.split(',') : [item],
  );
  const trimmed = items.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
  return [...new Set(trimmed)];
}

/** A multi-select query parameter of at most `max` values. */
export const listOf = <T extends z.ZodType>(item: T, max = 50) => z.preprocess(toList, z.array(item).max(max));

/** A vendor named by slug or id. */
export const vendorToken = z.string().min(1).max(100);
