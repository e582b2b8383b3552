export const IDEMPOTENCY = 'did:idempotency';

export interface IdempotencyOptions {
  /** Money-moving routes require the header; create routes accept it. */
  required: boolean;
  /** The response carries a secret shown once (an API key, a signing secret): it is stored sealed, never in clear. */
  carriesSecret?: boolean;
}
