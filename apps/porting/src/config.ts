import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const PortingConfigSchema = BaseConfigSchema.extend({
  /** The gaining carrier (the sandbox in development): portability, CSR and port orders. */
  CARRIER_SANDBOX_URL: z.url().default('http://127.0.0.1:3090'),
  /** Timeout of every carrier call. */
  CARRIER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** How often open port orders are polled at the carrier (and unsent submissions sent); 0 turns the poller off (tests call pollOnce). */
  PORTING_POLL_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
});
export type PortingConfig = z.infer<typeof PortingConfigSchema>;

export function loadPortingConfig(env?: Record<string, string | undefined>): PortingConfig {
  return loadConfig(PortingConfigSchema, env);
}

/** Injection token for the validated porting configuration. */
export const PORTING_CONFIG = Symbol('PORTING_CONFIG');
