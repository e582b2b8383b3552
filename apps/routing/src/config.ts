import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';
import { MAX_CHANNELS_LIMIT } from '@did/contracts';

export const RoutingConfigSchema = BaseConfigSchema.extend({
  /** The upstream carrier (the sandbox in development): E911 address validation. */
  CARRIER_SANDBOX_URL: z.url().default('http://127.0.0.1:3090'),
  /** Timeout of every carrier call; keep it under RPC_TIMEOUT_MS so an address check answers before the gateway gives up. */
  CARRIER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** Simultaneous calls a number may be given at most (the plan's limit); max_channels above it is refused. */
  ROUTING_PLAN_MAX_CHANNELS: z.coerce.number().int().min(1).max(MAX_CHANNELS_LIMIT).default(30),
  /** max_channels of numbers whose account set no default. */
  ROUTING_DEFAULT_MAX_CHANNELS: z.coerce.number().int().min(1).max(MAX_CHANNELS_LIMIT).default(2),
  /** How long resolve keeps an answer without hearing of a change (invalidations normally drop it at once; this bounds a lost one). */
  RESOLVE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** Numbers resolve keeps in memory at most (oldest dropped first). */
  RESOLVE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(10_000_000).default(500_000),
  /** How long the carrier takes to provision (or remove) a number's emergency address: the E911 loop completes it after this. */
  E911_PROVISIONING_DELAY_MS: z.coerce.number().int().min(0).max(86_400_000).default(2_000),
  /** How often the E911 loop looks for provisioning work; 0 turns it off (tests call runOnce). */
  E911_POLL_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
  /** A provisioning the carrier could not be asked about for this long fails with carrier_unavailable. */
  E911_PROVISIONING_DEADLINE_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(7 * 86_400_000)
    .default(600_000),
}).refine((c) => c.ROUTING_DEFAULT_MAX_CHANNELS <= c.ROUTING_PLAN_MAX_CHANNELS, {
  path: ['ROUTING_DEFAULT_MAX_CHANNELS'],
  message: 'must not exceed ROUTING_PLAN_MAX_CHANNELS',
});
export type RoutingConfig = z.infer<typeof RoutingConfigSchema>;

export function loadRoutingConfig(env?: Record<string, string | undefined>): RoutingConfig {
  return loadConfig(RoutingConfigSchema, env);
}

/** Injection token for the validated routing configuration. */
export const ROUTING_CONFIG = Symbol('ROUTING_CONFIG');
