import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const OrderingConfigSchema = BaseConfigSchema.extend({
  /** How often payments left pending by a processor timeout or a crash are settled with the processor; 0 turns the reconciler off. */
  PAYMENT_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** A pending payment younger than this is left to its own request (which may still be running). */
  PAYMENT_RECONCILE_AFTER_MS: z.coerce.number().int().min(0).max(86_400_000).default(120_000),
});
export type OrderingConfig = z.infer<typeof OrderingConfigSchema>;

export function loadOrderingConfig(env?: Record<string, string | undefined>): OrderingConfig {
  return loadConfig(OrderingConfigSchema, env);
}

/** Injection token for the validated ordering configuration. */
export const ORDERING_CONFIG = Symbol('ORDERING_CONFIG');
