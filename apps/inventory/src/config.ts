import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const InventoryConfigSchema = BaseConfigSchema.extend({
  /** The upstream carrier (the sandbox in development) whose inventory feed `main.js ingest` loads. */
  CARRIER_SANDBOX_URL: z.url().default('http://127.0.0.1:3090'),
  /** How long a reservation holds its numbers, and how far an extension pushes expires_at from now. */
  RESERVATION_TTL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
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
