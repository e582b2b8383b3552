import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
/** Standard Webhooks asks for 24 to 64 bytes; 32 matches the HMAC-SHA256 block of security. */
const SECRET_BYTES = 32;

/** A new signing secret: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/** The HMAC key of a secret: the base64-decoded part after `whsec_` (as every Standard Webhooks library reads it). */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** A signing secret (`whsec_...`) or the HMAC key already decoded from it (see secretKey): a sender signing many bodies decodes once. */
export type SigningKey = string | Buffer;

/** `v1,<base64 HMAC-SHA256 of id.timestamp.body>` for one secret. */
export function signV1(key: SigningKey, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', typeof key === 'string' ? secretKey(key) : key)
    .update(`${id}.${timestampSeconds}.`)
    .update(body)
    .digest('base64');
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers; during a rotation overlap one signature per secret, space-separated. */
export function webhookHeaders(
  keys: readonly SigningKey[],
  id: string,
  at: Date,
  body: string,
): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': keys.map((k) => signV1(k, id, timestamp, body)).join(' '),
  };
}
