import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const UsageConfigSchema = BaseConfigSchema.extend({
  /** Records rated in one transaction at most: one charge per account per batch, so larger batches mean fewer ledger entries. */
  USAGE_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(2000),
  /**
   * How long one read of the records stream waits to fill a batch: at a trickle, a record waits this
   * long to be charged; under load every read fills at once.
   */
  USAGE_FETCH_WAIT_MS: z.coerce.number().int().min(1_000).max(30_000).default(1_000),
  /** How often a standby replica asks for the intake lease: how soon it takes over from a reader that died. */
  USAGE_STANDBY_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  /** Longest wait between retries of a batch the database refused (outage, deadlock): retried for as long as it takes. */
  USAGE_RETRY_MAX_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});
export type UsageConfig = z.infer<typeof UsageConfigSchema>;

export function loadUsageConfig(env?: Record<string, string | undefined>): UsageConfig {
  return loadConfig(UsageConfigSchema, env);
}

/** Injection token for the validated usage configuration. */
export const USAGE_CONFIG = Symbol('USAGE_CONFIG');
