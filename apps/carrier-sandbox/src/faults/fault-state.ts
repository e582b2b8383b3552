import type { CarrierFaults } from '@did/contracts';

/** What the carrier does with one /v1 call: answer, or fail as down or as a transient error. */
export type FaultOutcome = 'ok' | 'down' | 'error';

/**
 * Decides the fate of one call. `down` wins; flapping counts whole periods since it was switched
 * on (up first, then down, then up, ...); `errorRate` is compared with a fresh random draw.
 */
export function faultOutcome(faults: CarrierFaults, nowMs: number, flapSinceMs: number, random: number): FaultOutcome {
  if (faults.down) return 'down';
  if (faults.flap_period_ms > 0 && Math.floor((nowMs - flapSinceMs) / faults.flap_period_ms) % 2 === 1) return 'down';
  if (random < faults.error_rate) return 'error';
  return 'ok';
}
