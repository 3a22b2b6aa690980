import { createHash } from 'node:crypto';

/** Hex digits kept of the hash: enough to tell a few thousand configurations apart, short enough to read. */
const FINGERPRINT_LENGTH = 12;

/**
 * Short stable hash of a JSON-like value: object keys are sorted, so two equal configurations written in another
 * key order (formality saved as { sl, de } or { de, sl }) have the same fingerprint.
 */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
