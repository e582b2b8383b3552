import { unitHash } from '../determinism/seeded-hash';

export const ACTIVATION_REJECTED = 'activation_rejected';

/**
 * Whether the carrier will activate a number or reject it: a hash of the seed and the number
 * against the failure rate, so a given number fails the same way every time (rate 0: never,
 * rate 1: always), and tests can rely on it.
 */
export function activationOutcome(e164: string, seed: string, failureRate: number): 'active' | 'failed' {
  return unitHash(seed, 'activation', e164) < failureRate ? 'failed' : 'active';
}
