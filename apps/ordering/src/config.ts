import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const OrderingConfigSchema = BaseConfigSchema.extend({
  /** How often payments left pending by a processor timeout or a crash are settled with the processor; 0 turns the reconciler off. */
  PAYMENT_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** A pending payment younger than this is left to its own request (which may still be running). */
  PAYMENT_RECONCILE_AFTER_MS: z.coerce.number().int().min(0).max(86_400_000).default(120_000),
  /** How often orders left half-placed by a crash or a lost reply are settled (claims given back); 0 turns it off. */
  ORDER_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** An order still being placed after this long is abandoned: nothing was charged, its numbers are given back. */
  ORDER_PLACING_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  /** New accounts' plan includes one trial number: the first number they buy has its first 30-day cycle free. */
  TRIAL_NUMBER_FOR_NEW_ACCOUNTS: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(false),
  /** How often the renewal job bills due numbers, ends cancelled and unpaid ones and sends low-balance notices; 0 turns it off. */
  RENEWAL_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  /** How often scheduled price-list changes whose effective time has come are applied; 0 turns it off (a change due at once still applies at once). */
  PRICE_CHANGES_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  /** Subscriptions renewed per transaction by the job. */
  RENEWAL_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(2_000),
  /**
   * Renewal loops run side by side, each on the payers (the partner, or the account when it has none)
   * whose id hashes to it: no two loops ever lock the same wallet, so each one's statements run while
   * the other computes its next batch. Each loop holds one pooled connection at a time (keep it well
   * under DATABASE_POOL_MAX).
   */
  RENEWAL_WORKERS: z.coerce.number().int().min(1).max(8).default(2),
  /** Waits after the 1st, 2nd, ... failed renewal before the next try (ms, comma-separated); the last repeats until the grace period ends. */
  RENEWAL_RETRY_SCHEDULE_MS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'comma-separated milliseconds')
    .default('3600000,21600000,86400000')
    .transform((v) => v.split(',').map(Number)),
  /** A past-due number keeps working this many days after paid_until, then billing ends (unpaid) and inventory releases it. */
  RENEWAL_GRACE_DAYS: z.coerce.number().int().min(0).max(90).default(7),
});
export type OrderingConfig = z.infer<typeof OrderingConfigSchema>;

export function loadOrderingConfig(env?: Record<string, string | undefined>): OrderingConfig {
  return loadConfig(OrderingConfigSchema, env);
}

/** Injection token for the validated ordering configuration. */
export const ORDERING_CONFIG = Symbol('ORDERING_CONFIG');
