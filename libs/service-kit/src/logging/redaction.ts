/**
 * Keys whose values never reach a log, wherever they sit in a logged object (up to three levels
 * deep: pino's paths take one wildcard level each). Secrets, API keys, card data and port-out PINs.
 */
const SECRET_KEYS = [
  'authorization',
  'Authorization',
  'cookie',
  'password',
  'secret',
  'signing_secret',
  'signingSecret',
  'api_key',
  'apiKey',
  'key',
  'token',
  'card_number',
  'cardNumber',
  'number_card',
  'cvc',
  'cvv',
  'pin',
  'NATS_PASSWORD',
  'NATS_TOKEN',
  'SECRETS_KEY',
];

/** pino `redact` paths for {@link SECRET_KEYS} at the top level and nested one or two objects deep. */
export const REDACT_PATHS: string[] = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export const REDACTED = '[redacted]';

/**
 * Secrets inside a message string, which key-based redaction cannot see: a bearer credential, one of
 * our API keys (`dk_` + 43 characters), a card number (13 to 19 digits, spaces or dashes allowed).
 */
const SECRET_TEXT = [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, /\bdk_[A-Za-z0-9_-]{20,}/g];
/** A run of 13 to 19 digits (spaces or dashes between them) not part of a phone number (`+`) or a longer run. */
const CARD_LIKE = /(?<![+\d])(?:\d[ -]?){12,18}\d(?!\d)/g;

/** `text` with any secret it quotes replaced by {@link REDACTED}. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_TEXT) out = out.replace(pattern, REDACTED);
  // Only Luhn-valid runs: most long numbers in logs (timestamps, counts) are not card numbers.
  return out.replace(CARD_LIKE, (run) => (luhnValid(run.replace(/[ -]/g, '')) ? REDACTED : run));
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1 && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
