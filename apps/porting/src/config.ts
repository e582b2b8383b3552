import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const PortingConfigSchema = BaseConfigSchema.extend({
  /** The gaining carrier (the sandbox in development): portability, CSR and port orders. */
  CARRIER_SANDBOX_URL: z.url().default('http://127.0.0.1:3090'),
  /** Timeout of every carrier call. */
  CARRIER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** How often open port orders are polled at the carrier (and unsent submissions sent); 0 turns the poller off (tests call pollOnce). */
  PORTING_POLL_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  /** Porting documents one account may keep (an LOA and a bill or two per port order). */
  PORTING_DOCUMENTS_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Bytes one account may keep in porting documents, unfinished uploads included (default 500 MB: fifty 10 MB files). */
  PORTING_DOCUMENTS_MAX_BYTES_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(10 * 1024 * 1024)
    .default(500 * 1024 * 1024),
  /** Chunks of an upload never finished are deleted this many hours after they were stored. */
  PORTING_UPLOAD_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(6),
  /** How often abandoned uploads are cleaned; 0 turns the cleaner off (tests call cleanOnce). */
  PORTING_UPLOAD_CLEAN_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(900_000),
  /** Customer service records one account may fetch from the losing carrier per rolling hour (each number is one). */
  CSR_LOOKUPS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(30),
});
export type PortingConfig = z.infer<typeof PortingConfigSchema>;

export function loadPortingConfig(env?: Record<string, string | undefined>): PortingConfig {
  return loadConfig(PortingConfigSchema, env);
}

/** Injection token for the validated porting configuration. */
export const PORTING_CONFIG = Symbol('PORTING_CONFIG');
