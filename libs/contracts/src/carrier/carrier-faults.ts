import { z } from 'zod';

/**
 * The carrier sandbox's fault controls (`GET`/`PUT /admin/faults`): how slow and broken its `/v1`
 * API is, and how orders activate. Start values come from its configuration.
 */
export const CarrierFaults = z.object({
  /** Added to every /v1 call before it is answered. */
  latency_ms: z.number().int().min(0).max(60_000),
  /** Share of /v1 calls answered 503 `carrier_error` (0 to 1). */
  error_rate: z.number().min(0).max(1),
  /** Every /v1 call answers 503 `carrier_down`. */
  down: z.boolean(),
  /** When > 0 the carrier alternates: up for this long, then down for this long, and so on. 0 = off. */
  flap_period_ms: z.number().int().min(0).max(3_600_000),
  /** How long after an order its numbers activate (or fail). */
  activation_delay_ms: z.number().int().min(0).max(3_600_000),
  /** Share of ordered numbers whose activation fails (0 to 1), chosen per number and seed. */
  failure_rate: z.number().min(0).max(1),
});
export type CarrierFaults = z.infer<typeof CarrierFaults>;

/** `PUT /admin/faults`: the fields to change; the others keep their value. */
export const UpdateCarrierFaultsBody = CarrierFaults.partial().strict();
export type UpdateCarrierFaultsBody = z.infer<typeof UpdateCarrierFaultsBody>;
