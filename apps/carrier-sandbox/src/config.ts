import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const share = z.coerce.number().min(0).max(1);

export const CarrierSandboxConfigSchema = BaseConfigSchema.extend({
  CARRIER_SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(3090),
  /** The name this carrier gives itself in feed rows (`carrier`), lookups and CSRs of numbers it serves. */
  CARRIER_NAME: z.string().trim().min(1).max(60).default('Sandbox Telecom'),
  /** Seed of the inventory feed when a request names none, and of every other deterministic answer (activation failures, lookups, CSRs). */
  FEED_SEED: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, '1 to 64 letters, digits, _ . or -')
    .default('sandbox'),
  /** How long after an order its numbers activate or fail. */
  ACTIVATION_DELAY_MS: z.coerce.number().int().min(0).max(3_600_000).default(2_000),
  /** Share of ordered numbers whose activation fails (0 to 1). */
  FAILURE_RATE: share.default(0.05),
  /** Latency added to every /v1 call. */
  FAULT_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /** Share of /v1 calls answered 503 carrier_error. */
  FAULT_ERROR_RATE: share.default(0),
  /** Every /v1 call answers 503 carrier_down. */
  FAULT_DOWN: flag.default(false),
  /** Alternate up/down every this many ms; 0 = off. */
  FAULT_FLAP_PERIOD_MS: z.coerce.number().int().min(0).max(3_600_000).default(0),
  /** Let other machines use the admin routes (faults, porting decisions); off: loopback only. */
  CARRIER_SANDBOX_ADMIN_REMOTE: flag.default(false),
  /** Per-attempt timeout of an order callback POST. */
  CALLBACK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
});
export type CarrierSandboxConfig = z.infer<typeof CarrierSandboxConfigSchema>;

export function loadCarrierSandboxConfig(env?: Record<string, string | undefined>): CarrierSandboxConfig {
  return loadConfig(CarrierSandboxConfigSchema, env);
}

/** Injection token for the validated carrier-sandbox configuration. */
export const SANDBOX_CONFIG = Symbol('SANDBOX_CONFIG');
