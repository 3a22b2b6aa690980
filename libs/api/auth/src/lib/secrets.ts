import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits from the OS generator, URL-safe: session ids, CSRF tokens and API keys. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 hex of a high-entropy secret. Session ids and API keys are random 256-bit values, so a fast hash is
 * enough to make a leaked table useless (nothing to brute-force); passwords, which are guessable, use argon2.
 */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** A readable temporary password for an administrator to hand over: 18 random bytes, 24 characters. */
export function temporaryPassword(): string {
  return randomSecret(18);
}

/** The key failed sign-ins are counted under: the normalised email, hashed. */
export function emailKey(email: string): string {
  return sha256(email.trim().toLowerCase());
}
