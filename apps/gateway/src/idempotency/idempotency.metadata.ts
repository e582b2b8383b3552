export const IDEMPOTENCY = 'did:idempotency';

export interface IdempotencyOptions {
  /** Money-moving routes require the header; create routes accept it. */
  required: boolean;
}
