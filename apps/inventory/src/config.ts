import { z } from 'zod';
import { BaseConfigSchema, databasePoolMax, loadConfig } from '@did/config';

export const InventoryConfigSchema = BaseConfigSchema.extend({
  /** Every search sends two statements at once (the page and the capped count): twice the base pool, so 10 searches at a time never queue for a connection. */
  DATABASE_POOL_MAX: databasePoolMax(20),
  /** The upstream carrier (the sandbox in development): its inventory feed (`main.js ingest`), orders, disconnects and lookups. */
  CARRIER_SANDBOX_URL: z.url().default('http://127.0.0.1:3090'),
  /** Timeout of every carrier API call; keep it under RPC_TIMEOUT_MS so a lookup answers 503 before its caller gives up. */
  CARRIER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** How often carrier orders are submitted, polled and applied, and queued disconnects retried; 0 turns the loop off (tests call runOnce). */
  CARRIER_POLL_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /** A paid order the carrier has not completed this long after it was placed fails its pending numbers with carrier_timeout (and disconnects them upstream). */
  CARRIER_ORDER_DEADLINE_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(7 * 86_400_000)
    .default(600_000),
  /**
   * An order of numbers whose country has regulatory requirements (COMPLIANCE_REQUIREMENTS) waits this long after it was placed for
   * every number's paperwork; then the numbers still without it fail with compliance_incomplete (refunded) and the rest go to the carrier.
   * The carrier deadline starts only when the order is sent.
   */
  COMPLIANCE_WAIT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Longest wait between two tries of a failing carrier call: the backoff doubles from CARRIER_POLL_INTERVAL_MS up to this. */
  CARRIER_RETRY_MAX_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** How long a reservation holds its numbers, and how far an extension pushes expires_at from now. */
  RESERVATION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Anti-hoarding: numbers one account may hold in reservations at once. */
  RESERVATION_MAX_NUMBERS_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(100),
  /** How often expired reservations are recorded (event, status); 0 turns the sweeper off. Availability never waits for it. */
  RESERVATION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  /** A released number rests this long (not searchable) before it returns to stock. */
  NUMBER_AGING_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** How long search reuses a caller's price table from ordering before asking again (a price change shows within this). */
  PRICE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  /** While ordering is unreachable, search serves a table at most this old; older, search answers 503. */
  PRICE_CACHE_MAX_STALE_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  /** Price tables kept at most (one per account and country searched recently). */
  PRICE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
});
export type InventoryConfig = z.infer<typeof InventoryConfigSchema>;

export function loadInventoryConfig(env?: Record<string, string | undefined>): InventoryConfig {
  return loadConfig(InventoryConfigSchema, env);
}

/** Injection token for the validated inventory configuration. */
export const INVENTORY_CONFIG = Symbol('INVENTORY_CONFIG');
