import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const GatewayConfigSchema = BaseConfigSchema.extend({
  GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The platform operator's key: creates partner accounts. Unset: no operator access at all. */
  OPERATOR_API_KEY: z.string().min(32, 'at least 32 characters').optional(),
  /** Sustained requests per minute per API key, and the burst a key may spend at once. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(100),
  /** Failed authentications (401) per minute per client address, and the burst allowed at once; past them, 429 before the key is looked up. */
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  AUTH_FAILURE_BURST: z.coerce.number().int().min(1).default(30),
  /** How long a finished request is replayed for its Idempotency-Key. */
  IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /** A request holding a key longer than this is presumed dead (crashed gateway) and the key can be retried. */
  IDEMPOTENCY_LOCK_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  /** `gateway seed-demo` installs this as the demo partner's key (dk_ + 43 characters), so scripts know it in advance. */
  DEMO_API_KEY: z
    .string()
    .regex(/^dk_[A-Za-z0-9_-]{43}$/, 'dk_ followed by 43 base64url characters')
    .optional(),
  /** Largest accepted request body. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** A request (headers and body) must arrive within this long, or the connection is closed with 408: slow senders cannot hold sockets open. Long enough for a 10 MB document on a slow link. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(120_000),
  /** A connection idle this long (no bytes either way) is closed. */
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
  /** 32 bytes, base64: encrypts the stored responses that carry a secret (a new API key, a webhook signing secret). Required in production; elsewhere a development key is used, with a warning. */
  GATEWAY_SECRETS_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, '32 bytes, base64-encoded')
    .optional(),
  /** The partner console's built files (dist/console), served at /console/; unset: no console. */
  CONSOLE_DIR: z.string().min(1).optional(),
});
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

/** The HTTP server's limits of this configuration: body size, request and idle timeouts. */
export function gatewayServerLimits(config: GatewayConfig) {
  return {
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    connectionTimeout: config.HTTP_IDLE_TIMEOUT_MS,
  };
}

export function loadGatewayConfig(env?: Record<string, string | undefined>): GatewayConfig {
  return loadConfig(GatewayConfigSchema, env);
}

/** Injection token for the validated gateway configuration. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
