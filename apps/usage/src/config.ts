import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const UsageConfigSchema = BaseConfigSchema.extend({
  /** Records rated in one transaction at most: one charge per account per batch, so larger batches mean fewer ledger entries. */
  USAGE_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(2000),
  /**
   * Batches charged at once, each in its own transaction: while one commits, the next is parsed and
   * rated and its statements run. Like replicas sharing the durable, they lock accruals in one order.
   */
  USAGE_BATCHES_IN_FLIGHT: z.coerce.number().int().min(1).max(8).default(2),
  /** How long a batch may sit unacknowledged before JetStream hands its records to another replica (a crashed one's batch). */
  USAGE_ACK_WAIT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  /** Longest wait between retries of a batch the database refused (outage, deadlock): retried for as long as it takes. */
  USAGE_RETRY_MAX_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});
export type UsageConfig = z.infer<typeof UsageConfigSchema>;

export function loadUsageConfig(env?: Record<string, string | undefined>): UsageConfig {
  return loadConfig(UsageConfigSchema, env);
}

/** Injection token for the validated usage configuration. */
export const USAGE_CONFIG = Symbol('USAGE_CONFIG');
