import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every key starts with this, so leaked keys are easy to spot (secret scanners) and to validate. */
export const API_KEY_PREFIX = 'dk_';
/** `dk_` + 43 base64url characters (32 random bytes). */
export const API_KEY_PATTERN = /^dk_[A-Za-z0-9_-]{43}$/;
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 8;

export interface NewApiKeySecret {
  secret: string;
  hash: string;
  displayPrefix: string;
}

/** A new API key secret: 32 random bytes. Only its hash is stored; the secret is shown once. */
export function generateApiKeySecret(): NewApiKeySecret {
  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { secret, hash: hashApiKeySecret(secret), displayPrefix: displayPrefixOf(secret) };
}

/**
 * SHA-256 is enough here: the secret has 256 random bits, so there is nothing to brute-force, and a
 * fast hash keeps authentication a single indexed lookup.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function displayPrefixOf(secret: string): string {
  return secret.slice(0, DISPLAY_LENGTH);
}

/** Constant-time comparison of two secrets (the operator key is compared, not looked up). */
export function secretsEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
